"""Who is a side of the event and who is only its setting, EN and FR: claimed targets, the
holder of the ground, source organs, counter-accusations, police and soldiers as targets,
civilians named as victims; and the tolls, statuses and event kinds read with them."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.domain._numbers import casualties
from bot.domain.extract import extract
from bot.domain.gazetteer import Gazetteer
from bot.domain.models import Article, Extraction, Status


def _extract(gazetteer: Gazetteer, title: str, body: str, summary: str = "") -> Extraction:
    article = Article(id="s", source="s", url="https://news.example/s",
                      published=datetime.fromisoformat("2025-03-12T09:00:00+00:00"),
                      title=title, summary=summary, body=body)
    return extract(article, gazetteer)


@pytest.mark.parametrize(
    ("title", "summary", "body", "setting", "side"),
    [
        # the target an attacker says it aimed at
        ("Israeli strike on Gaza school kills 40, civil defence says",
         "Israel said it targeted a Hamas command centre in the school.",
         "GAZA — An Israeli air strike on a school sheltering displaced families in Gaza City "
         "killed 40 people on Tuesday, the civil defence agency said.",
         "hamas", "civilians-ps"),
        ("Gaza : une frappe israélienne fait 40 morts dans une école",
         "L'armée israélienne dit avoir visé un commandant du Hamas.",
         "GAZA — Une frappe israélienne a tué mardi 40 personnes dans une école de Gaza où "
         "s'abritaient des familles déplacées, selon la défense civile.",
         "hamas", "civilians-ps"),
        # who holds the ground
        ("Air strike on Rakhine hospital kills 30",
         "The town is in territory held by the Arakan Army.",
         "BANGKOK — A military air strike on the hospital in Mrauk U killed 30 people on "
         "Wednesday, rescuers said.",
         "arakan-army", "civilians-mm"),
        ("Birmanie : une frappe aérienne sur un hôpital fait 30 morts",
         "La ville est contrôlée depuis un an par l'Arakan Army.",
         "BANGKOK — Une frappe aérienne de l'armée sur l'hôpital de Mrauk U a tué mercredi 30 "
         "personnes, selon des secouristes.",
         "arakan-army", "civilians-mm"),
    ],
)
def test_claimed_targets_and_ground_holders_are_the_setting(
    gazetteer: Gazetteer, title: str, summary: str, body: str, setting: str, side: str
) -> None:
    ext = _extract(gazetteer, title, body, summary)
    assert setting not in ext.actors
    assert side in ext.actors


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Strike on Gaza camp kills 20",
         "GAZA — An Israeli strike on a camp in Gaza City killed 20 people on Monday, the "
         "Hamas-run health ministry said."),
        ("Gaza : une frappe sur un camp fait 20 morts",
         "GAZA — Une frappe israélienne sur un camp de Gaza a tué lundi 20 personnes, selon le "
         "ministère de la Santé du Hamas."),
    ],
)
def test_the_owner_of_a_speaking_body_is_a_source(
    gazetteer: Gazetteer, title: str, body: str
) -> None:
    assert "hamas" not in _extract(gazetteer, title, body).actors


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Shelling of camps near Goma kills 12; M23 denies",
         "GOMA — Bombs hit two camps for displaced people near Goma on Friday, killing 12 "
         "people, the government said.\n\nM23 denied the accusation and blamed the Congolese "
         "army."),
        ("RDC : des bombes sur des camps près de Goma font 12 morts",
         "GOMA — Au moins douze personnes ont été tuées vendredi par des bombes tombées sur des "
         "camps de déplacés près de Goma, selon le gouvernement.\n\nLe M23 a démenti, accusant "
         "l'armée congolaise."),
    ],
)
def test_a_denial_and_its_counter_accusation(gazetteer: Gazetteer, title: str, body: str) -> None:
    ext = _extract(gazetteer, title, body)
    assert ext.status is Status.DENIED
    assert "military-forces-cd" not in ext.actors


@pytest.mark.parametrize(
    ("title", "body", "forces"),
    [
        ("Russian missiles hit military institute in Poltava, killing 41",
         "KYIV — Two Russian ballistic missiles hit a military training institute in Poltava on "
         "Tuesday, killing 41 people, officials said.", "military-forces-ua"),
        ("Suicide bomber kills 20 at police compound in Peshawar",
         "PESHAWAR — A suicide bomber blew himself up inside a police compound in Peshawar on "
         "Monday, killing 20 policemen, officials said.", "military-forces-pk-police"),
        ("Haïti : des gangs s'emparent de Mirebalais",
         "PORT-AU-PRINCE — Des gangs ont pris lundi le contrôle de Mirebalais après des combats "
         "contre la police, selon des habitants.", "military-forces-ht"),
    ],
)
def test_soldiers_and_police_hit_are_their_state_forces(
    gazetteer: Gazetteer, title: str, body: str, forces: str
) -> None:
    ext = _extract(gazetteer, title, body)
    assert forces in ext.actors
    assert not any(a.startswith("civilians-") for a in ext.actors)


@pytest.mark.parametrize(
    ("title", "body", "civilians"),
    [
        ("Truck bomb near air base kills six in Cali",
         "BOGOTA — A truck bomb exploded near a military air base in Cali on Thursday, killing "
         "six civilians, authorities said.", "civilians-co"),
        ("Syrie : une attaque de drones contre une académie militaire de Homs",
         "BEYROUTH — Une attaque de drones a visé jeudi l'académie militaire de Homs, faisant "
         "89 morts, dont des civils, selon le ministère.", "civilians-sy"),
        ("Israeli strike kills 90 in Khan Younis",
         "GAZA — An Israeli air strike on Khan Younis killed at least 90 Palestinians on "
         "Saturday, the ministry said.", "civilians-ps"),
    ],
)
def test_civilians_named_among_the_victims_are_a_side(
    gazetteer: Gazetteer, title: str, body: str, civilians: str
) -> None:
    assert civilians in _extract(gazetteer, title, body).actors


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Militants blamed for Islamabad bombing",
         "ISLAMABAD — A suicide bomber killed 12 people outside a court in Islamabad on "
         "Tuesday, the interior minister said.\n\nNo group claimed responsibility.\n\nPakistan "
         "has seen a surge in violence, much of it blamed on the Tehreek-e-Taliban Pakistan."),
        ("Pakistan : un attentat-suicide fait 12 morts à Islamabad",
         "ISLAMABAD — Un kamikaze s'est fait exploser mardi devant un tribunal d'Islamabad, "
         "tuant 12 personnes, selon le ministre.\n\nL'attentat n'a pas été revendiqué.\n\nLes "
         "attaques attribuées au Tehreek-e-Taliban Pakistan se sont multipliées."),
    ],
)
def test_trend_sentences_are_background(gazetteer: Gazetteer, title: str, body: str) -> None:
    assert "ttp" not in _extract(gazetteer, title, body).actors
    assert all("taliban" not in a for a in _extract(gazetteer, title, body).actors)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Rebels kill at least 60 at funeral in eastern Congo",
         "KINSHASA — Rebels killed at least 60 people attending a funeral in the village of "
         "Ntoyo late on Monday, local officials said."),
        ("RDC : 60 morts dans une attaque lors de funérailles",
         "KINSHASA — Des rebelles ont tué lundi 60 personnes lors de funérailles dans le "
         "territoire de Lubero, selon des responsables locaux."),
    ],
)
def test_an_attack_at_a_funeral_is_an_incident(
    gazetteer: Gazetteer, title: str, body: str
) -> None:
    assert _extract(gazetteer, title, body).is_incident


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Myanmar quake death toll passes 1,600",
         "YANGON — The death toll from the earthquake of magnitude 7.7 rose to 1,644, the "
         "junta said."),
        ("Kinshasa : des pluies torrentielles font 33 morts",
         "KINSHASA — Au moins 33 personnes sont mortes après des pluies torrentielles, ont "
         "annoncé les autorités."),
    ],
)
def test_quakes_and_storms_are_not_incidents(gazetteer: Gazetteer, title: str, body: str) -> None:
    assert not _extract(gazetteer, title, body).is_incident


@pytest.mark.parametrize(
    ("title", "body", "status"),
    [
        ("Ukraine : une frappe fait 32 morts à Ternopil",
         "KIEV — Une frappe a tué mercredi 32 personnes à Ternopil, a annoncé le Service "
         "d'urgence ukrainien.", Status.CONFIRMED),
        ("Car bomb kills 20 near Manbij",
         "DAMASCUS — A car bomb killed 20 people near Manbij on Monday, the civil defence said.",
         Status.CONFIRMED),
        ("Moscou accuse Kiev d'une frappe sur Donetsk",
         "MOSCOU — Une frappe a tué samedi 28 personnes à Donetsk, ont affirmé les autorités. "
         "Ces accusations n'ont pas pu être vérifiées de source indépendante.",
         Status.UNCONFIRMED),
        ("Israël : deux morts dans un tir de roquette à Nahariya",
         "Deux personnes ont été tuées jeudi par une roquette tirée depuis le Liban à Nahariya, "
         "ont annoncé les secours.", Status.CONFIRMED),
    ],
)
def test_rescue_services_confirm_and_unverifiable_reports_stay_unconfirmed(
    gazetteer: Gazetteer, title: str, body: str, status: Status
) -> None:
    assert _extract(gazetteer, title, body).status is status


def test_freeing_prisoners_is_not_retaking_ground(gazetteer: Gazetteer) -> None:
    ext = _extract(
        gazetteer, "Haïti : des gangs s'emparent de Mirebalais après des combats",
        "PORT-AU-PRINCE — Des gangs ont pris lundi le contrôle de Mirebalais après des combats "
        "contre la police, tuant 10 personnes, et libéré plus de 500 détenus de la prison, selon "
        "des habitants.",
    )
    assert ext.sub_event_type == "Non-state actor overtakes territory"


def test_a_named_front_is_the_actor_not_its_parent(gazetteer: Gazetteer) -> None:
    ext = _extract(
        gazetteer, "Militants kill 26 tourists in Kashmir",
        "SRINAGAR — Militants killed 26 tourists near Pahalgam on Tuesday. The Resistance "
        "Front claimed responsibility for the attack.",
    )
    assert ext.claimed_by == "the-resistance-front"
    assert "lashkar-e-taiba" not in ext.actors


def test_wire_names_of_farc_dissidents(gazetteer: Gazetteer) -> None:
    ext = _extract(
        gazetteer, "Truck bomb kills six in Cali",
        "BOGOTA — A truck bomb killed six people in Cali on Thursday, authorities said. The "
        "president blamed the attack on dissidents of the former FARC guerrilla group.",
    )
    assert "farc-dissidents" in ext.actors


@pytest.mark.parametrize(
    ("sentence", "dead", "hurt"),
    [
        ("A car bomb killed on Monday 20 people, including 18 women, and wounded 15 others.",
         20, 15),
        ("L'explosion a tué lundi 20 personnes, dont 18 femmes, et en a blessé 15 autres.",
         20, 15),
        ("Au moins 104 personnes, dont 35 enfants, ont été tuées mercredi.", 104, None),
    ],
)
def test_a_part_of_a_toll_is_not_a_toll(sentence: str, dead: int, hurt: int | None) -> None:
    toll = casualties([sentence])
    assert (toll.fatalities, toll.injured) == (dead, hurt)


@pytest.mark.parametrize(
    "sentences",
    [
        ["More than 100 people were killed, residents said.",
         "The group said it had killed 200 soldiers."],
        ["L'attaque a fait plus de 100 morts, selon des sources locales.",
         "Le JNIM affirme avoir tué près de 200 soldats."],
    ],
)
def test_a_perpetrators_count_is_not_the_toll(sentences: list[str]) -> None:
    assert casualties(sentences).fatalities == 100


@pytest.mark.parametrize(
    ("title", "body", "unknown"),
    [
        ("Gunmen kill 12 at street party in Mexico's Irapuato",
         "MEXICO CITY — Gunmen opened fire on a street party in Irapuato, in Guanajuato state, "
         "on Tuesday night, killing 12 people, municipal authorities said.",
         "unidentified-armed-group-mx"),
        ("Niger : vingt soldats tués dans une attaque près de Téra",
         "NIAMEY — Vingt soldats ont été tués mardi lors d'une attaque d'hommes armés contre une "
         "unité de l'armée près de Téra, dans la région de Tillabéri, a annoncé le ministère "
         "de la Défense.",
         "unidentified-armed-group-ne"),
    ],
)
def test_attackers_nobody_names_are_an_unidentified_armed_group(
    gazetteer: Gazetteer, title: str, body: str, unknown: str
) -> None:
    assert unknown in _extract(gazetteer, title, body).actors


def test_a_named_group_leaves_no_unidentified_one(gazetteer: Gazetteer) -> None:
    ext = _extract(gazetteer, "Al Shabaab gunmen storm hotel in Mogadishu",
                   "MOGADISHU — Al Shabaab gunmen stormed a hotel in Mogadishu on Friday, "
                   "killing nine people, police said.")
    assert "al-shabaab" in ext.actors
    assert not any(a.startswith("unidentified-armed-group-") for a in ext.actors)


def test_forces_quoted_only_as_a_source_are_not_a_side(gazetteer: Gazetteer) -> None:
    ext = _extract(
        gazetteer,
        "RDC : au moins dix morts dans l'explosion d'une bombe dans une église à Beni",
        "BENI — Au moins dix personnes ont été tuées dimanche dans l'explosion d'un engin "
        "explosif lors d'un culte dans une église de Beni, a annoncé l'armée congolaise, qui "
        "accuse les ADF.",
    )
    assert "military-forces-cd" not in ext.actors
    assert {"adf", "civilians-cd"} <= set(ext.actors)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Anglophone separatist fighters abducted 30 women in Cameroon's North-West region.",
         "ambazonia"),
        ("Maoists blew up a police vehicle in Chhattisgarh, killing eight police commandos.",
         "cpi-maoist"),
        ("Islamic State's Central Africa Province said it bombed the church.", "iscap"),
        ("Des islamistes ont attaqué une base de la force de l'Union africaine en Somalie.",
         "ausom"),
        ("The Nigerian police said the attack was repelled.", "military-forces-ng-police"),
    ],
)
def test_registry_names(gazetteer: Gazetteer, text: str, actor: str) -> None:
    assert actor in {m.id for m in gazetteer.scan(text) if m.kind == "actor"}


def test_police_commandos_are_a_side(gazetteer: Gazetteer) -> None:
    ext = _extract(gazetteer, "Maoist IED blast kills eight police commandos in India",
                   "RAIPUR — Suspected Maoists blew up a vehicle carrying police commandos in "
                   "Chhattisgarh's Bijapur district on Monday, killing eight, police said.")
    assert {"cpi-maoist", "military-forces-in-police"} <= set(ext.actors)


@pytest.mark.parametrize(
    ("title", "body", "status"),
    [
        # an armed group named "Army" is not an official source
        ("Air strike kills 40 in Myanmar's Rakhine, rebels say",
         "BANGKOK — A military air strike on a village in Rakhine state killed around 40 "
         "people on Wednesday, the Arakan Army rebel group and local aid workers said.",
         Status.REPORTED),
        # the United Nations is
        ("Gang attack kills 70 in Haiti's Artibonite",
         "PORT-AU-PRINCE — At least 70 people were killed in a gang attack on the town of "
         "Pont-Sonde on Thursday, the United Nations said.",
         Status.CONFIRMED),
        # "denied that" denies
        ("Mali army denies base fell in jihadist raid",
         "DAKAR — Mali's army on Monday denied that its military camp in Boulkessi had fallen "
         "to militants, saying its troops had repelled the assault that killed dozens of "
         "soldiers.",
         Status.DENIED),
        # the accused rejecting any responsibility
        ("Ukraine occupée : vingt-sept morts dans le bombardement d'un marché de Donetsk, "
         "Kiev dément",
         "KIEV — Au moins vingt-sept personnes ont été tuées dimanche par un bombardement sur un "
         "marché de Donetsk, selon les autorités installées par Moscou. L'armée ukrainienne "
         "rejette toute responsabilité.",
         Status.DENIED),
        # denying a support is not denying the event
        ("RDC : les rebelles du M23 entrent dans Goma",
         "GOMA — Les rebelles du M23 sont entrés dans la nuit dans Goma après des combats avec "
         "l'armée congolaise. Kinshasa accuse le Rwanda de soutenir le mouvement, ce que Kigali "
         "dément.",
         Status.REPORTED),
        # the accused denying it fired
        ("Missile hits apartment block in Azerbaijan's Ganja; Armenia denies firing",
         "BAKU — Armenia denied on Sunday that its forces had fired a missile that destroyed "
         "part of an apartment block in Ganja, killing seven civilians, prosecutors said.",
         Status.DENIED),
    ],
)
def test_statuses_read_from_who_speaks(
    gazetteer: Gazetteer, title: str, body: str, status: Status
) -> None:
    assert _extract(gazetteer, title, body).status is status


@pytest.mark.parametrize(
    ("title", "body", "network", "branch"),
    [
        ("Islamic State claims deadly church bombing in eastern Congo",
         "KINSHASA — The Islamic State claimed responsibility on Monday for a bomb that killed "
         "at least 14 people at a Pentecostal church in Kasindi, North Kivu province.",
         "islamic-state", "iscap"),
        ("Somalie : une base attaquée par des combattants liés à Al-Qaïda",
         "MOGADISCIO — Des combattants affiliés à Al-Qaïda ont attaqué mardi une base de "
         "l'armée somalienne près de Jowhar, tuant sept soldats, selon un officier.",
         "al-qaeda", "al-shabaab"),
    ],
)
def test_a_global_network_acts_through_its_local_branch(
    gazetteer: Gazetteer, title: str, body: str, network: str, branch: str
) -> None:
    ext = _extract(gazetteer, title, body)
    assert branch in ext.actors and network not in ext.actors


def test_a_network_with_two_branches_in_the_country_stays_itself(gazetteer: Gazetteer) -> None:
    ext = _extract(gazetteer, "Islamic State claims attack on Niger soldiers",
                   "NIAMEY — The Islamic State claimed an attack that killed 12 soldiers in "
                   "Niger on Sunday, the army said.")
    assert "islamic-state" in ext.actors


@pytest.mark.parametrize(
    ("title", "body", "blamed"),
    [
        ("Suspected suicide bombers kill 18 in northeast Nigeria",
         "MAIDUGURI — Suspected female suicide bombers struck a wedding and a hospital in the "
         "town of Gwoza in Borno state on Saturday, killing 18 people, the emergency agency "
         "said.\n\nWitnesses said a woman detonated explosives during the ceremony.\n\n"
         "Police confirmed the attacks.\n\nRescue operations continued into the night.\n\n"
         "No group immediately claimed responsibility, but state officials blamed Boko Haram.",
         "boko-haram"),
        ("Somalie : un attentat à la voiture piégée fait dix morts à Mogadiscio",
         "MOGADISCIO — Une voiture piégée a explosé samedi près d'un restaurant de Mogadiscio, "
         "tuant dix personnes, selon la police.\n\nLes autorités ont attribué l'attentat aux "
         "shebab.",
         "al-shabaab"),
        ("Female suicide bomber kills 10 in Nigeria's Konduga",
         "MAIDUGURI — A female suicide bomber killed 10 people near a fish market in Konduga, "
         "Borno state, late on Friday, police said.\n\nNo group has claimed responsibility, "
         "but security sources said the attack bore the hallmarks of Boko Haram.",
         "boko-haram"),
        ("Nigeria : le bilan de l'attentat-suicide de Konduga s'alourdit",
         "MAIDUGURI — Au moins vingt personnes ont été tuées vendredi soir dans un "
         "attentat-suicide à Konduga, dans l'État de Borno.\n\nL'attaque n'a pas été "
         "revendiquée, mais les autorités l'attribuent à Boko Haram.",
         "boko-haram"),
        ("Taliban minister killed in suicide blast inside Kabul ministry",
         "KABUL — A suicide bomber killed the refugees minister and two other people in Kabul "
         "on Wednesday, officials said.\n\nNo group immediately claimed responsibility, but "
         "suspicion fell on Islamic State Khorasan Province (ISKP).",
         "is-khorasan"),
        # a capital standing for the state that rules from it
        ("Drone hits Moscow office tower for second time in three days",
         "MOSCOW — A drone crashed into a glass tower in Moscow's business district overnight, "
         "lightly injuring a security guard, officials said. Moscow blamed Kyiv.",
         "military-forces-ua"),
        ("Moscou : une tour du quartier d'affaires de nouveau touchée par un drone",
         "Un agent de sécurité a été légèrement blessé, selon les autorités. Le ministère "
         "russe de la Défense a évoqué une « attaque terroriste du régime de Kiev ».",
         "military-forces-ua"),
        # a group with an aside, then behind it
        ("Rocket attack on Iraqi base wounds US troops",
         "BAGHDAD — Rockets struck an Iraqi air base hosting U.S. troops on Sunday, wounding "
         "four service members, officials said.\n\nNo group claimed responsibility, but two "
         "U.S. officials said they believed Kata'ib Hezbollah, an Iran-backed Iraqi militia, was "
         "behind it.", "kataib-hezbollah"),
        # the group's former French name
        ("Niger : une vingtaine de soldats tués près de Banibangou",
         "Une vingtaine de militaires ont été tués mardi dans une attaque contre leur position "
         "près de Banibangou.\n\nSelon des sources locales, les assaillants, présumés membres "
         "de l'État islamique au Grand Sahara, sont venus en nombre.", "is-sahel"),
        # a quoted hallmark
        ("Mali : un camp de l'ONU attaqué à Tessalit",
         "Deux Casques bleus ont été tués samedi lors d'une attaque contre le camp de la "
         "Minusma à Tessalit, selon la mission.\n\nL'attaque n'a pas été revendiquée. Une "
         "source sécuritaire estimait qu'elle « porte la marque » du Groupe de soutien à "
         "l'islam et aux musulmans (GSIM).",
         "jnim"),
    ],
)
def test_the_group_blamed_is_a_side(
    gazetteer: Gazetteer, title: str, body: str, blamed: str
) -> None:
    assert blamed in _extract(gazetteer, title, body).actors


@pytest.mark.parametrize(
    ("title", "body", "actor"),
    [
        # a counter-accusation is not a blame
        ("M23 rebels seize Congolese town",
         "GOMA — M23 rebels seized the town of Nyanzale on Saturday after heavy fighting with the "
         "army, local officials said.\n\nThe M23 denied the accusations and blamed the FDLR for "
         "the killings of civilians.", "fdlr"),
        # a capital accused of something else is no side
        ("Pakistan : trois enseignants chinois tués à Karachi",
         "KARACHI — Trois enseignants chinois ont été tués mardi dans un attentat à Karachi. "
         "L'attaque a été revendiquée par un groupe séparatiste qui accuse Pékin de piller les "
         "ressources de la province.", "military-forces-cn"),
    ],
)
def test_an_accusation_of_something_else_is_not_a_blame(
    gazetteer: Gazetteer, title: str, body: str, actor: str
) -> None:
    assert actor not in _extract(gazetteer, title, body).actors


def test_a_state_owning_its_strike_after_the_victims_account_is_its_claimant(
    gazetteer: Gazetteer,
) -> None:
    ext = _extract(
        gazetteer, "Russian missile strike on Kryvyi Rih kills 20",
        "KYIV — A Russian missile strike on a residential area of Kryvyi Rih killed 20 people on "
        "Friday, regional officials said.\n\nThe missile struck near a playground.\n\n"
        "\"There can be no forgiveness,\" the governor wrote.\n\nThe air force said it was an "
        "Iskander-M missile.\n\nRussia's defence ministry said it had carried out a precision "
        "strike on a meeting of commanders in the city.",
    )
    assert ext.claimed_by == "military-forces-ru"


@pytest.mark.parametrize(("title", "summary", "body"), [
    ("Yémen : cinq morts dans des frappes aériennes sur un marché de Saada", "",
     "Cinq civils ont été tués mardi dans des frappes aériennes de la coalition menée par "
     "l'Arabie saoudite contre un marché de Saada, ont indiqué les rebelles houthis. La "
     "coalition a affirmé avoir visé un dépôt d'armes."),
    # (not the group named before the coalition speaks)
    ("Air strikes kill five at market in Yemen's Saada",
     "The Houthi health ministry said five were killed; the coalition said it struck a Houthi "
     "weapons depot.",
     "Air strikes by the Saudi-led coalition killed five civilians at a market in Saada on "
     "Tuesday."),
])
def test_a_coalition_named_once_then_by_the_word_owns_its_strike(
    gazetteer: Gazetteer, title: str, summary: str, body: str
) -> None:
    ext = _extract(gazetteer, title, body, summary)
    assert ext.claimed_by == "military-forces-sa"
    assert ext.status == Status.CONFIRMED


def test_a_state_that_did_not_claim_is_no_claimant(gazetteer: Gazetteer) -> None:
    ext = _extract(
        gazetteer, "Senior Hamas leader killed in Beirut drone strike",
        "BEIRUT — A drone strike on an office in Beirut's southern suburbs killed a senior Hamas "
        "leader and six others on Tuesday, Lebanese security sources said. Israel did not claim "
        "responsibility.",
    )
    assert ext.claimed_by is None
    # (nor one that never has: "Kyiv has never claimed responsibility for a string of killings")
    ext = _extract(
        gazetteer, "Former Russian submarine commander shot dead while jogging in Krasnodar",
        "MOSCOW — A former submarine commander who worked as a local official in Krasnodar was "
        "shot dead while jogging early on Monday, Russian investigators said. Kyiv has never "
        "claimed responsibility for a string of killings of pro-war figures inside Russia.",
    )
    assert ext.claimed_by is None


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Drone strike kills Hamas deputy leader in Beirut",
         "BEIRUT — A drone strike on an office in Beirut's southern suburbs, a Hezbollah "
         "stronghold, killed Hamas deputy leader Saleh al-Arouri on Tuesday, Lebanese security "
         "sources said."),
        ("Liban : le numéro deux du Hamas tué dans une frappe à Beyrouth",
         "BEYROUTH — Le numéro deux du Hamas a été tué mardi dans une frappe de drone contre un "
         "bureau du mouvement dans la banlieue sud de Beyrouth, bastion du Hezbollah, selon des "
         "sources sécuritaires.\n\nL'agence officielle a fait état de missiles tirés par un "
         "drone israélien."),
    ],
)
def test_who_holds_the_ground_is_not_a_side_and_whose_drone_is(
    gazetteer: Gazetteer, title: str, body: str
) -> None:
    ext = _extract(gazetteer, title, body)
    assert "hezbollah" not in ext.actors and "hamas" in ext.actors
    if "israélien" in body:
        assert "military-forces-il" in ext.actors


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("UN helicopter comes under fire in South Sudan",
         "JUBA — Gunmen fired on a UN helicopter evacuating South Sudanese soldiers from Nasir on "
         "Friday, killing a crew member, the UN mission said."),
        ("Soudan du Sud : un hélicoptère de l'ONU visé à Nassir",
         "JUBA — Des hommes armés ont tiré vendredi sur un hélicoptère de l'ONU qui évacuait des "
         "soldats soudanais du Sud de Nassir, tuant un membre d'équipage."),
    ],
)
def test_south_sudanese_soldiers_are_not_sudanese(
    gazetteer: Gazetteer, title: str, body: str
) -> None:
    ext = _extract(gazetteer, title, body)
    assert "military-forces-sd" not in ext.actors and ext.country == "SS"


def test_a_group_saying_its_fighters_did_it_claims_it(gazetteer: Gazetteer) -> None:
    ext = _extract(
        gazetteer, "Al Qaeda affiliate claims role in deadly ambush on Wagner convoy in Mali",
        "DAKAR — Al Qaeda's Sahel affiliate JNIM has claimed that its fighters ambushed a convoy "
        "of Wagner mercenaries near Tinzaouaten, killing dozens. Mali's army acknowledged "
        "heavy losses.",
    )
    assert ext.status is Status.CLAIMED and ext.claimed_by == "jnim"


def test_rebels_of_a_country_claiming_are_not_its_state(gazetteer: Gazetteer) -> None:
    ext = _extract(
        gazetteer, "Mali rebels claim heavy toll on army, Wagner in desert battle",
        "BAMAKO — Tuareg-led separatist rebels in northern Mali said on Sunday they had killed "
        "or captured dozens of Malian soldiers and Wagner fighters around Tinzaouaten.\n\n"
        "The CSP-DPA, a coalition of mostly Tuareg armed movements, said the clashes began on "
        "Thursday.",
    )
    assert ext.claimed_by == "csp-dpa"
    assert ext.status is Status.CLAIMED


@pytest.mark.parametrize(
    ("title", "body", "claimant"),
    [
        ("Congo's M23 rebels say they have seized mining hub of Rubaya",
         "GOMA — M23 rebels said on Tuesday they had seized the coltan mining town of Rubaya in "
         "North Kivu after fighting with pro-government militias.", "m23"),
        ("RDC : le M23 affirme avoir pris Rubaya",
         "GOMA — Les rebelles du M23 affirment avoir pris mardi la cité minière de Rubaya, dans "
         "le Nord-Kivu, après des combats contre les milices Wazalendo.", "m23"),
        ("Houthis claim sinking of second ship in a week",
         "SANAA — Yemen's Houthis claimed on Wednesday the sinking of the Eternity C, a "
         "Liberian-flagged bulk carrier attacked off Hodeidah, saying they had killed crew "
         "members.", "houthis"),
        ("Al Qaeda affiliate claims role in deadly ambush on Wagner convoy in Mali",
         "BAMAKO — Al Qaeda's affiliate in Mali claimed a role on Monday in the ambush of a "
         "Wagner convoy near Tinzaouaten that killed dozens of Russian mercenaries.", "jnim"),
        ("Birmanie : les rebelles kokang s'emparent de Laukkai",
         "BANGKOK — L'Armée de l'alliance démocratique nationale du Myanmar (MNDAA) a affirmé "
         "vendredi 5 janvier avoir pris le contrôle total de Laukkai, dans l'État Shan.",
         "mndaa"),
    ],
)
def test_a_group_saying_it_seized_a_town_claims_it(
    gazetteer: Gazetteer, title: str, body: str, claimant: str
) -> None:
    assert _extract(gazetteer, title, body).claimed_by == claimant


def test_a_country_blaming_forces_is_not_a_force(gazetteer: Gazetteer) -> None:
    ext = _extract(
        gazetteer, "Shelling of displacement camps near Goma kills 12, Congo says",
        "KINSHASA — At least 12 people were killed on Friday when bombs hit two camps for "
        "displaced people near Goma, a government spokesman said. The government and the "
        "United States blamed Rwandan troops and M23 rebels.",
    )
    assert "military-forces-us" not in ext.actors


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Gunmen kill foreign tourists and an Afghan in Bamiyan",
         "KABUL — Gunmen opened fire on a group of tourists in Bamiyan on Friday, killing four "
         "people, the interior ministry said. Spain's foreign minister said Spanish tourists "
         "were among those killed."),
        ("Afghanistan : des touristes tués à Bamiyan",
         "KABOUL — Des hommes armés ont tué vendredi quatre personnes, dont trois touristes "
         "espagnols, à Bamiyan, a indiqué le ministère de l'Intérieur."),
    ],
)
def test_foreign_civilians_among_the_victims_are_actors(
    gazetteer: Gazetteer, title: str, body: str
) -> None:
    ext = _extract(gazetteer, title, body)
    assert {"civilians-es", "civilians-af"} <= set(ext.actors)


def test_the_crowd_of_a_riot_is_its_actor(gazetteer: Gazetteer) -> None:
    ext = _extract(
        gazetteer, "Pakistan : les partisans d'Imran Khan saccagent la résidence d'un général",
        "LAHORE — Des centaines de partisans de l'ancien Premier ministre ont pris d'assaut "
        "mardi soir la résidence du commandant du corps d'armée de Lahore, au Pakistan, la "
        "mettant à sac avant d'y mettre le feu.",
    )
    assert ext.event_type == "Riots" and "rioters-pk" in ext.actors


def test_new_registry_names_are_found(gazetteer: Gazetteer) -> None:
    ext = _extract(
        gazetteer, "Iran : onze policiers tués dans l'attaque d'un commissariat au "
        "Sistan-Baloutchistan",
        "TÉHÉRAN — Onze policiers ont été tués dans la nuit lors de l'attaque du quartier "
        "général de la police de Rask, dans le sud-est de l'Iran. Le groupe jihadiste Jaish "
        "al-Adl a revendiqué l'attaque.",
    )
    assert (ext.country, ext.admin1) == ("IR", "Sistan and Baluchestan")
    assert ext.claimed_by == "jaish-al-adl"


def test_the_state_body_that_fired_replaces_its_state(gazetteer: Gazetteer) -> None:
    ext = _extract(
        gazetteer, "Israël : quatre femmes tuées par un missile iranien à Tamra",
        "JÉRUSALEM — Quatre femmes d'une même famille ont été tuées samedi soir par un missile "
        "iranien tombé sur leur maison à Tamra, a annoncé la police israélienne.\n\n"
        "Les Gardiens de la révolution ont revendiqué une nouvelle vague de tirs de missiles "
        "contre Israël, en riposte aux frappes israéliennes qui visent l'Iran depuis vendredi.",
    )
    assert ext.claimed_by == "irgc" and "irgc" in ext.actors
    assert "military-forces-ir" not in ext.actors


def test_police_units_under_other_names_are_police(gazetteer: Gazetteer) -> None:
    ext = _extract(
        gazetteer, "10 DRG jawans, driver killed as Maoists blow up vehicle in Chhattisgarh",
        "RAIPUR: Ten personnel of the District Reserve Guard (DRG) and their driver were killed "
        "on Wednesday when Maoists triggered an IED under their vehicle in Dantewada, police "
        "said.",
    )
    assert "military-forces-in-police" in ext.actors


def test_terrorists_nobody_names_are_an_unidentified_group(gazetteer: Gazetteer) -> None:
    ext = _extract(
        gazetteer, "9 pilgrims killed as terrorists fire on bus in Reasi",
        "JAMMU: Nine pilgrims were killed and 33 injured when terrorists opened fire on a bus "
        "in Jammu and Kashmir's Reasi district on Sunday, police said.",
    )
    assert "unidentified-armed-group-in" in ext.actors


def test_the_army_named_without_nationality_is_the_countrys(gazetteer: Gazetteer) -> None:
    taken = _extract(
        gazetteer, "Mali : l'armée et ses alliés russes reprennent Kidal",
        "BAMAKO — L'armée et ses alliés russes ont repris mardi Kidal, dans le nord du Mali, "
        "bastion des rebelles touareg.",
    )
    assert "military-forces-ml" in taken.actors
    source = _extract(
        gazetteer, "RDC : au moins dix morts dans l'explosion d'une bombe dans une église",
        "BENI — Au moins dix personnes ont été tuées dimanche dans l'explosion d'une bombe "
        "dans une église de Kasindi, dans le Nord-Kivu, en RDC. L'armée accuse les ADF.",
    )
    assert "military-forces-cd" not in source.actors


def test_a_service_saying_it_detained_a_suspect_is_a_source(gazetteer: Gazetteer) -> None:
    ext = _extract(
        gazetteer, "Russia detains man over killing of chemical weapons troops chief",
        "MOSCOW — Russia's Federal Security Service (FSB) said on Wednesday it had detained a "
        "man over Tuesday's bomb attack that killed General Igor Kirillov in Moscow.",
    )
    assert "fsb" not in ext.actors


def test_the_army_the_attacker_says_it_targeted_is_not_a_side(gazetteer: Gazetteer) -> None:
    ext = _extract(
        gazetteer, "Ukraine : une frappe russe sur une pizzeria bondée de Kramatorsk",
        "KIEV — Un missile russe a frappé mardi soir une pizzeria bondée de Kramatorsk, tuant "
        "au moins dix civils, dont trois enfants. Moscou affirme avoir visé un point de "
        "déploiement de l'armée ukrainienne.",
    )
    assert "military-forces-ua" not in ext.actors and "civilians-ua" in ext.actors


def test_a_name_two_groups_bear_is_the_local_group(gazetteer: Gazetteer) -> None:
    mz = _extract(gazetteer, "Mozambique : les shebab s'emparent de Palma",
                  "MAPUTO — Les shebab se sont emparés de la ville de Palma, au Cabo Delgado, "
                  "après plusieurs jours de combats, selon des sources sécuritaires.")
    assert "is-mozambique" in mz.actors and "al-shabaab" not in mz.actors
    so = _extract(gazetteer, "Somalie : les shebab attaquent une base de l'armée",
                  "MOGADISCIO — Les shebab ont attaqué une base de l'armée somalienne près de "
                  "Jowhar, tuant sept soldats, selon un officier.")
    assert "al-shabaab" in so.actors


def test_a_ship_named_after_a_city_is_not_the_city(gazetteer: Gazetteer) -> None:
    ext = _extract(gazetteer, "Ukraine says Neptune missiles hit Russian flagship Moskva",
                   "KYIV — Ukraine said on Wednesday its Neptune missiles had hit the cruiser "
                   "Moskva, the flagship of Russia's Black Sea fleet, off Odesa.")
    assert ext.place != "Moscow"


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Islamic State claims Kampala suicide bombings as Uganda hunts cell",
         "KAMPALA — Islamic State has claimed responsibility for Tuesday's twin suicide bombings "
         "in the Ugandan capital. Police said the death toll stood at three."),
        ("Islamic State claims capture of Mozambique's Palma",
         "MAPUTO — Islamic State claimed on Monday that its fighters had seized control of "
         "Palma, a coastal town in northern Mozambique. The claim could not be independently "
         "verified."),
    ],
)
def test_a_claim_headline_stays_a_claim(gazetteer: Gazetteer, title: str, body: str) -> None:
    assert _extract(gazetteer, title, body).status is Status.CLAIMED


def test_a_third_party_denying_involvement_leaves_a_claim(gazetteer: Gazetteer) -> None:
    ext = _extract(
        gazetteer, "Islamic State claims Kabul University massacre",
        "KABUL — Islamic State claimed responsibility on Tuesday for the attack on Kabul "
        "University that killed 22 people. The Taliban denied any involvement.",
    )
    assert ext.status is Status.CLAIMED
    denied = _extract(
        gazetteer, "Mali army denies base fell in jihadist raid",
        "DAKAR — JNIM claimed the attack on the Boulkessi camp. Mali's army on Monday denied "
        "that its camp had fallen to the militants.",
    )
    assert denied.status is Status.DENIED


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # the victim's kin are of the victim's people; the army that tells it was not hit
        ("Israeli teen killed, mother and sister hurt in West Bank bomb attack",
         "An Israeli teenager was killed and her mother and sister were wounded on Saturday "
         "when a bomb went off beside their car near the settlement of Ofra, the army said. "
         "Troops set up roadblocks around nearby villages."),
        ("Israeli woman killed, husband hurt as gunman fires on car in West Bank",
         "An Israeli woman was killed and her husband wounded on Tuesday when a gunman opened "
         "fire on their car near the settlement of Ofra, the army said."),
    ],
)
def test_foreign_victims_told_with_their_kin(gazetteer: Gazetteer, title: str, body: str) -> None:
    found = _extract(gazetteer, title, body)
    assert "civilians-il" in found.actors
    assert "civilians-ps" not in found.actors
    assert "military-forces-il" not in found.actors


@pytest.mark.parametrize(
    ("title", "body", "crew"),
    [
        ("Two crew killed as Houthi missile hits bulk carrier off Yemen's Mokha",
         "Two crew members were killed and three injured when a Houthi anti-ship missile hit a "
         "Liberia-flagged bulk carrier in the Red Sea off the Yemeni port of Mokha on Friday, "
         "maritime security sources said. The dead were Filipino crew, the ship's manager said.",
         "civilians-ph"),
        ("Mer Rouge : deux marins tués dans l'attaque d'un vraquier par les Houthis",
         "Deux marins indiens ont été tués vendredi dans l'attaque d'un vraquier au large de "
         "Moka, en mer Rouge, revendiquée par les rebelles houthis du Yémen.", "civilians-in"),
    ],
)
def test_a_merchant_ship_hit_at_sea_has_its_crew_for_victims(
    gazetteer: Gazetteer, title: str, body: str, crew: str
) -> None:
    found = _extract(gazetteer, title, body)
    assert "houthis" in found.actors and crew in found.actors
    assert not {"civilians-ye", "military-forces-ye"} & set(found.actors)


def test_a_ship_that_launched_the_missiles_is_no_target(gazetteer: Gazetteer) -> None:
    found = _extract(
        gazetteer, "Russian missiles hit Odesa warehouse, killing three",
        "Three people were killed when Russian cruise missiles fired from a ship in the Black "
        "Sea struck a warehouse in Odesa overnight, the regional governor said.")
    assert "civilians-ua" in found.actors


def test_a_subject_of_study_is_no_side(gazetteer: Gazetteer) -> None:
    found = _extract(
        gazetteer, "Prominent security analyst shot dead outside his home in Baghdad",
        "Gunmen on motorcycles shot dead Ali Jaber, one of Iraq's best-known experts on the "
        "Islamic State group, outside his home in Baghdad on Monday evening, security sources "
        "said. No group claimed responsibility.")
    assert "islamic-state" not in found.actors
    assert found.fatalities == 1


@pytest.mark.parametrize(
    ("where", "branch"),
    [("Tillabéri", "is-sahel"), ("Diffa", "iswap")],
)
def test_a_network_named_where_several_of_its_branches_act(
    gazetteer: Gazetteer, where: str, branch: str
) -> None:
    found = _extract(
        gazetteer, f"Niger : l'État islamique revendique l'attaque d'un poste militaire à {where}",
        f"Le groupe État islamique a revendiqué l'attaque menée jeudi contre un poste militaire "
        f"dans la région de {where}, qui a coûté la vie à douze soldats nigériens.")
    assert branch in found.actors and "islamic-state" not in found.actors
    assert found.claimed_by == branch


@pytest.mark.parametrize(
    ("title", "body", "taliban"),
    [
        # ruling Afghanistan, the Taliban who speak or seal off the area are its authorities
        ("Suicide bomber kills five at Shiite mosque in Mazar-i-Sharif",
         "A suicide bomber struck a Shiite mosque in Mazar-i-Sharif during Friday prayers, "
         "killing five worshippers, the Taliban-run interior ministry said. Taliban security "
         "forces sealed off the area.", False),
        # (named as a side, they stay)
        ("Taliban governor of Kunar killed in blast at his office",
         "The Taliban governor of Kunar province was killed on Thursday when a bomb exploded "
         "at his office in Asadabad, officials said.", True),
    ],
)
def test_the_taliban_in_power_speak_as_authorities(
    gazetteer: Gazetteer, title: str, body: str, taliban: bool
) -> None:
    article = Article(id="t", source="s", url="https://news.example/t",
                      published=datetime(2023, 3, 9, 12, 0, tzinfo=UTC), title=title,
                      body=body)
    assert ("taliban" in extract(article, gazetteer).actors) is taliban


def test_a_foreign_group_s_name_beside_a_local_one_is_a_word_for_it(
    gazetteer: Gazetteer,
) -> None:
    found = _extract(
        gazetteer, "Pérou : au moins dix morts dans une attaque attribuée au Sentier lumineux",
        "Au moins dix personnes ont été tuées dimanche dans la région de Junín, dans une "
        "attaque que l'armée attribue à une faction héritière de la guérilla maoïste du "
        "Sentier lumineux.")
    assert "shining-path" in found.actors and "cpi-maoist" not in found.actors


def test_a_disguise_is_no_side(gazetteer: Gazetteer) -> None:
    found = _extract(
        gazetteer, "Gunmen kill 11 bus passengers on coastal highway",
        "Gunmen in Frontier Corps uniforms stopped two buses on the coastal highway near Pasni "
        "on Thursday, checked identity cards and shot dead 11 passengers, officials said.")
    assert "military-forces-pk" not in found.actors


def test_weapons_joined_by_and_are_no_other_victims(gazetteer: Gazetteer) -> None:
    found = _extract(
        gazetteer,
        "Cisjordanie : un Israélien tué dans une attaque à la voiture-bélier et au couteau au "
        "carrefour d'Ofra",
        "JÉRUSALEM, 18 novembre — Un Israélien de 68 ans a été tué et deux autres personnes "
        "blessées mardi dans une attaque à la voiture-bélier suivie de coups de couteau au "
        "carrefour d'Ofra, en Cisjordanie occupée, ont indiqué les secours et l'armée "
        "israélienne.",
        summary="Les deux assaillants, des Palestiniens de la région de Ramallah, ont été "
        "abattus par des soldats.")
    assert "civilians-il" in found.actors and "civilians-ps" not in found.actors


@pytest.mark.parametrize(("title", "body"), [
    ("Israeli strike on south Lebanon village kills three farmers",
     "Three farmers were killed on Monday when an Israeli drone struck a field on the edge of "
     "Kfar Kila, Lebanon's health ministry said, the deadliest strike in the area since "
     "fighting between Israel and Hezbollah began in October."),
    ("Liban : trois agriculteurs tués par une frappe israélienne à Kfar Kila",
     "Trois agriculteurs ont été tués lundi par une frappe de drone israélien près de Kfar "
     "Kila, la plus meurtrière dans le secteur depuis le début des affrontements entre Israël "
     "et le Hezbollah en octobre, a indiqué le ministère de la Santé."),
])
def test_a_war_s_start_told_as_a_time_names_no_side(
    gazetteer: Gazetteer, title: str, body: str
) -> None:
    found = _extract(gazetteer, title, body)
    assert "military-forces-il" in found.actors and "hezbollah" not in found.actors


def test_a_claimed_reprisal_for_the_strike_is_another_act(gazetteer: Gazetteer) -> None:
    found = _extract(
        gazetteer, "Liban : quatre secouristes tués par une frappe israélienne à Kfar Kila",
        "Quatre secouristes ont été tués dans la nuit par une frappe israélienne contre un "
        "centre de la défense civile à Kfar Kila, a annoncé le ministère de la Santé.\n\n"
        "Dans la matinée, le Hezbollah a revendiqué des tirs de roquettes sur une caserne, "
        "présentés comme une riposte à la frappe de Kfar Kila.")
    assert found.claimed_by != "hezbollah"


@pytest.mark.parametrize(("title", "body", "civilians"), [
    # civilians of a kind killed in a battle are a side of it
    ("Two journalists killed as militants ambush army patrol in eastern Burkina Faso",
     "Two journalists travelling with an army patrol were killed when suspected jihadists "
     "ambushed the convoy near Fada N'Gourma on Monday, triggering an hours-long firefight, "
     "security sources said.", "civilians-bf"),
    # ... not peacekeepers or auxiliaries counted by nationality or called civilian
    ("Gunmen storm UN camp in northern Mali, troops fight back",
     "Gunmen attacked a United Nations camp at Tessalit on Sunday, killing eight Chadian "
     "peacekeepers before troops drove them off after a long firefight, the mission said.", None),
    ("Burkina : 12 soldats et 20 VDP tués dans une attaque dans le Nord",
     "Douze militaires et vingt Volontaires pour la défense de la patrie (VDP), les supplétifs "
     "civils de l'armée, ont été tués lundi lors d'une attaque contre leur détachement à Titao, "
     "selon l'état-major.", None),
])
def test_civilians_killed_in_a_battle_are_a_side(
    gazetteer: Gazetteer, title: str, body: str, civilians: str | None
) -> None:
    found = _extract(gazetteer, title, body)
    assert found.event_type == "Battles"
    named = [a for a in found.actors if a.startswith("civilians-")]
    assert named == ([civilians] if civilians else [])


@pytest.mark.parametrize(("title", "body"), [
    ("Farm worker killed as anti-tank missile from Lebanon hits Metula orchard",
     "A farm worker was killed and three people were wounded on Monday when an anti-tank missile "
     "fired from Lebanon hit an orchard in Metula, rescuers said.\n\nThe army says it is "
     "striking Hezbollah targets in southern Lebanon in response, and blamed the group for the "
     "attack."),
    ("Un ouvrier agricole tué par un missile antichar tiré du Liban sur Metula",
     "Un ouvrier agricole a été tué et trois personnes ont été blessées lundi à Metula par un "
     "missile antichar tiré depuis le Liban, selon les secours."),
])
def test_forces_who_answer_the_attack_are_no_side_of_it(
    gazetteer: Gazetteer, title: str, body: str
) -> None:
    summary = (
        "L'armée israélienne, qui accuse le Hezbollah, a riposté par des frappes dans le Sud."
        if title.startswith("Un ") else "The IDF strikes Hezbollah targets in response."
    )
    found = _extract(gazetteer, title, body, summary=summary)
    assert "hezbollah" in found.actors and "military-forces-il" not in found.actors


def test_a_landmark_across_from_the_scene_is_not_its_place(gazetteer: Gazetteer) -> None:
    found = _extract(
        gazetteer, "Un ouvrier agricole tué par un missile antichar à la frontière libanaise",
        "Un ouvrier agricole a été tué lundi lorsqu'un missile antichar s'est abattu sur un "
        "verger de Misgav Am, une localité israélienne située face au village libanais de "
        "Houla, selon les secours israéliens.")
    assert found.country == "IL" and found.place != "Houla"


def test_a_unit_stands_for_its_organisation(gazetteer: Gazetteer) -> None:
    found = _extract(
        gazetteer, "Commander of Hezbollah's Radwan force killed in Israeli strike on car",
        "An Israeli drone strike on a car in the south Lebanon village of Kfar Kila on Monday "
        "killed a senior commander of Hezbollah's elite Radwan force, security sources said.")
    assert "hezbollah" in found.actors and "radwan-force" not in found.actors
    found = _extract(
        gazetteer, "Gaza : les Brigades al-Qods revendiquent des tirs de roquettes sur Sdérot",
        "Les Brigades al-Qods, branche armée du Jihad islamique, ont revendiqué lundi des tirs "
        "de roquettes sur Sdérot, où deux personnes ont été blessées, selon les secours.")
    assert found.claimed_by == "palestinian-islamic-jihad"
    assert "al-quds-brigades" not in found.actors


@pytest.mark.parametrize(("title", "body", "victims"), [
    # a foreign seafarer killed in a port is the victim, not the country's people
    ("Bangladeshi engineer killed as missile hits ship in Ukrainian port",
     "A Bangladeshi marine engineer was killed when a Russian missile struck the bridge of a "
     "bulk carrier at the Ukrainian port of Olvia on Wednesday, the ship's owner said.",
     ["civilians-bd"]),
    ("Un marin bangladais tué par un missile dans le port ukrainien d'Olvia",
     "Un marin bangladais a été tué mercredi lorsqu'un missile russe a frappé la passerelle "
     "d'un vraquier immobilisé dans le port d'Olvia, près de Mykolaïv, dans le sud de "
     "l'Ukraine.", ["civilians-bd"]),
    # ... with the country's own named beside him in the lead, both
    ("Nigeria : une humanitaire britannique tuée lors de l'attaque d'un complexe touristique",
     "Une Britannique employée par une ONG a été tuée vendredi avec un Nigérian lors de "
     "l'attaque par des hommes armés d'un complexe touristique de l'État de Kaduna, a "
     "confirmé la police.", ["civilians-gb", "civilians-ng"]),
])
def test_foreign_victims_are_the_victims(
    gazetteer: Gazetteer, title: str, body: str, victims: list[str]
) -> None:
    found = _extract(gazetteer, title, body)
    assert sorted(a for a in found.actors if a.startswith("civilians-")) == victims


def test_an_attacker_named_by_nationality_is_no_victim(gazetteer: Gazetteer) -> None:
    found = _extract(
        gazetteer, "Two Israelis killed in shooting attack at West Bank industrial zone",
        "Two Israelis were killed on Sunday when a gunman opened fire at a factory in the "
        "Barkan industrial zone in the West Bank, the military said.",
        summary="A Palestinian employee opened fire inside a factory, killing a man and a woman.")
    assert "civilians-il" in found.actors and "civilians-ps" not in found.actors


def test_an_attack_led_from_a_car_is_not_another_time(gazetteer: Gazetteer) -> None:
    found = _extract(
        gazetteer, "Cisjordanie : un soldat israélien tué près de Naplouse",
        "Un soldat israélien a été tué par balles mardi soir près de la colonie de Shavei "
        "Shomron, au nord-ouest de Naplouse, a annoncé l'armée.",
        summary="Le groupe armé « la Fosse aux lions » a revendiqué l'attaque, menée mardi soir "
        "depuis une voiture près de la colonie.")
    assert found.claimed_by == "lions-den"


@pytest.mark.parametrize("summary", [
    "Islamic Jihad's armed wing claimed the barrage on the third day of fighting since Israel "
    "killed three of its commanders.",
    "Islamic Jihad claimed the rocket salvo.",
])
def test_a_claim_of_this_barrage_in_the_summary(gazetteer: Gazetteer, summary: str) -> None:
    found = _extract(
        gazetteer, "Woman killed as Gaza rocket slams into Rehovot apartment building",
        "An 80-year-old woman was killed on Thursday when a rocket fired from Gaza hit an "
        "apartment building in Rehovot, south of Tel Aviv, rescuers said.", summary=summary)
    assert found.claimed_by == "palestinian-islamic-jihad"


def test_a_group_blamed_for_a_series_is_no_side_of_this_attack(gazetteer: Gazetteer) -> None:
    found = _extract(
        gazetteer, "US contractor killed in rocket attack on Iraqi base near Kirkuk",
        "A barrage of rockets struck an Iraqi military base near Kirkuk on Friday, killing a "
        "U.S. civilian contractor, the coalition said.\n\nNo group claimed the attack. It was "
        "the deadliest in a string of rocket attacks on bases hosting U.S. troops; U.S. "
        "officials have blamed Iran-backed militias for the attacks.")
    assert "axis-of-resistance" not in found.actors
    found = _extract(
        gazetteer, "Irak : un sous-traitant américain tué par des roquettes près de Kirkouk",
        "Des roquettes ont frappé vendredi une base militaire près de Kirkouk, tuant un "
        "sous-traitant civil américain, a annoncé la coalition.\n\nAucun groupe n'a revendiqué "
        "l'attaque. Washington a accusé les Brigades du Hezbollah des attaques qui visent "
        "depuis octobre ses soldats.")
    assert "kataib-hezbollah" not in found.actors


@pytest.mark.parametrize(("title", "body", "victims"), [
    ("Two Spanish journalists, Irish conservationist killed in Burkina Faso ambush",
     "Two Spanish journalists and an Irish conservationist were killed when militants "
     "ambushed an anti-poaching patrol in eastern Burkina Faso, officials said.",
     {"civilians-es", "civilians-ie"}),
    ("Gunmen kill Chinese truck drivers on highway in Mali",
     "Gunmen killed three Chinese truck drivers on the highway near Kayes on Sunday, the "
     "police said.", {"civilians-cn"}),
    # reporters by their trade, and their colleague of the country's own
    ("Le photojournaliste italien Marco Bellini tué par un drone près de Kostiantynivka",
     "Le photojournaliste italien Marco Bellini a été tué jeudi par une attaque de drone près "
     "de Kostiantynivka, dans la région de Donetsk. Son confrère ukrainien a été blessé.",
     {"civilians-it", "civilians-ua"}),
    ("Spanish war correspondent killed by shelling near Bakhmut",
     "A Spanish war correspondent was killed on Monday when shells hit the road near Bakhmut, "
     "his newspaper said. His Ukrainian colleague was wounded.",
     {"civilians-es", "civilians-ua"}),
    # (a woman told so in French)
    ("Niger : une ressortissante autrichienne enlevée à Agadez",
     "Une ressortissante autrichienne a été enlevée samedi soir à Agadez par des hommes armés, "
     "selon des sources locales.", {"civilians-at"}),
    # (a nation's people by their noun)
    ("Two Britons among dead in Kramatorsk missile strike",
     "Two Britons working for an aid group were killed when a Russian missile hit a hotel in "
     "Kramatorsk on Saturday, officials said.", {"civilians-gb"}),
    # or by their outlet's
    ("Journalist killed in drone strike near Horlivka",
     "A freelance correspondent for the Russian daily Izvestia was killed on Saturday when a "
     "Ukrainian drone struck his car near Horlivka, the newspaper said.", {"civilians-ru"}),
    ("Un journaliste tué par un drone près de Horlivka",
     "Un correspondant du quotidien russe Izvestia a été tué samedi par un drone ukrainien "
     "près de Horlivka, a annoncé le journal.", {"civilians-ru"}),
])
def test_foreign_victims_told_by_their_trade(
    gazetteer: Gazetteer, title: str, body: str, victims: set[str]
) -> None:
    found = _extract(gazetteer, title, body)
    assert victims <= set(found.actors)


@pytest.mark.parametrize(("title", "body", "victims", "not_victims"), [
    # one victim counted by nationality
    ("Palestinian gunmen kill one Israeli, wound 11 near West Bank checkpoint",
     "Three Palestinian gunmen opened fire on cars queuing at a checkpoint near the settlement "
     "of Ma'ale Adumim on Thursday, killing one Israeli and wounding 11, police said.",
     {"civilians-il"}, {"civilians-ps"}),
    # (not "one" of a kind of thing: "one Israeli-owned ship")
    ("Houthis fire at one Israeli-owned ship off Hodeidah, crew member hurt",
     "The Houthis said they fired missiles at one Israeli-owned ship off Hodeidah; a crew "
     "member was wounded.", set(), {"civilians-il"}),
])
def test_one_victim_counted_by_nationality(
    gazetteer: Gazetteer, title: str, body: str, victims: set[str], not_victims: set[str]
) -> None:
    found = _extract(gazetteer, title, body)
    assert victims <= set(found.actors)
    assert not (not_victims & set(found.actors))


@pytest.mark.parametrize(("title", "body"), [
    # a people of one country living as refugees in another: its dead are its country's
    ("Seven killed in attack on Rohingya camp seminary in Bangladesh",
     "Gunmen killed seven Rohingya refugees at a seminary in a camp at Ukhia, near Cox's Bazar, "
     "early on Friday, police said."),
    ("Bangladesh : sept Rohingya tués dans l'attaque d'une madrassa d'un camp de réfugiés",
     "Des hommes armés ont tué vendredi sept Rohingya dans une madrassa d'un camp de réfugiés "
     "d'Ukhia, près de Cox's Bazar, selon la police."),
])
def test_refugees_of_a_people_are_their_country_s_civilians(
    gazetteer: Gazetteer, title: str, body: str
) -> None:
    found = _extract(gazetteer, title, body)
    assert found.country == "BD"
    assert "civilians-mm" in found.actors
    assert "civilians-bd" not in found.actors


@pytest.mark.parametrize(("title", "body", "victim", "not_side"), [
    # a soldier no longer serving is a civilian of his nation, not a man of the forces
    ("Security adviser killed as missile hits Kramatorsk hotel",
     "Ryan Evans, 38, a former British soldier working as a security adviser, was killed when "
     "a Russian missile struck the Hotel Sapphire in Kramatorsk late on Saturday.",
     "civilians-gb", "military-forces-ua"),
    ("Un ancien militaire britannique tué par un missile à Kramatorsk",
     "Un ancien militaire britannique, conseiller en sécurité d'une agence de presse, a été "
     "tué samedi soir par un missile russe qui a frappé un hôtel de Kramatorsk.",
     "civilians-gb", "military-forces-ua"),
])
def test_a_former_soldier_is_a_civilian_of_his_nation(
    gazetteer: Gazetteer, title: str, body: str, victim: str, not_side: str
) -> None:
    found = _extract(gazetteer, title, body)
    assert victim in found.actors
    assert not_side not in found.actors


def test_a_serving_soldier_is_still_a_side(gazetteer: Gazetteer) -> None:
    found = _extract(
        gazetteer, "Soldier killed as missile hits Kramatorsk",
        "A soldier was killed when a Russian missile struck a building in Kramatorsk late on "
        "Saturday, officials said.")
    assert "military-forces-ua" in found.actors


@pytest.mark.parametrize("make", ["de conception iranienne", "de fabrication iranienne"])
def test_a_weapon_s_make_names_no_attacker(gazetteer: Gazetteer, make: str) -> None:
    found = _extract(
        gazetteer, "Russie : des drones ukrainiens frappent le Tatarstan",
        f"Un foyer d'étudiants de la zone économique d'Alabouga, où sont assemblés des drones "
        f"{make}, a été touché mardi par un drone ukrainien. Douze personnes ont été blessées.")
    assert "military-forces-ir" not in found.actors
    assert "military-forces-ua" in found.actors


@pytest.mark.parametrize(("title", "body"), [
    ("Man killed as rocket hits Ashkelon apartment building",
     "A man was killed when a rocket struck a residential building in Ashkelon late on Monday, "
     "police said.\n\nRescuers pulled him from the rubble. Police later said he was a "
     "Palestinian worker."),
    ("Ashkelon : un homme tué par une roquette",
     "Un homme a été tué lundi soir par une roquette qui a touché un immeuble d'Ashkelon, selon "
     "la police.\n\nSelon la police, la victime était un Palestinien."),
])
def test_the_victim_s_nationality_told_of_him(
    gazetteer: Gazetteer, title: str, body: str
) -> None:
    assert "civilians-ps" in _extract(gazetteer, title, body).actors


def test_a_soldier_s_nationality_is_no_civilians(gazetteer: Gazetteer) -> None:
    found = _extract(
        gazetteer, "Man killed as rocket hits Ashkelon base",
        "A man was killed when a rocket struck near Ashkelon late on Monday, police said. The "
        "army later said he was an Israeli reservist.")
    assert "civilians-il" not in found.actors or "military-forces-il" in found.actors


def test_a_quoted_denial_makes_the_accusation_a_counter_accusation(
    gazetteer: Gazetteer,
) -> None:
    found = _extract(
        gazetteer, "Eight U.N. peacekeepers killed in Congo helicopter crash; M23 blamed",
        "GOMA — Eight U.N. peacekeepers were killed when their helicopter crashed near Tshanzu "
        "in North Kivu on Tuesday, the United Nations said. Officials blamed M23 rebels.\n\n"
        "The M23 said in a statement that it had \"nothing to do\" with the crash and accused "
        "the Congolese army of downing the helicopter.")
    assert "military-forces-cd" not in found.actors


def test_fire_from_a_side_s_positions_is_that_side_s(gazetteer: Gazetteer) -> None:
    found = _extract(
        gazetteer, "Shelling on market in Syria's al-Bab kills at least 15 civilians",
        "BEIRUT — Artillery shells slammed into a crowded market in the northern Syrian town of "
        "al-Bab on Friday, killing at least 15 civilians, rescue workers said.\n\nThe White "
        "Helmets said several shells hit the vegetable market.\n\nA war monitor said the shells "
        "were fired from positions held by Syrian government forces south of the town.")
    assert "military-forces-sy" in found.actors


def test_forces_told_when_they_came_are_still_in_today_s_fight(gazetteer: Gazetteer) -> None:
    found = _extract(
        gazetteer, "Somalie : le Jubaland affirme avoir repoussé l'armée fédérale à Ras Kamboni",
        "Les autorités du Jubaland revendiquent la victoire. Mercredi, de violents combats ont "
        "éclaté à Ras Kamboni, localité côtière du Bas-Juba, entre les forces de sécurité de cet "
        "État fédéré et des unités de l'armée nationale somalienne acheminées ces dernières "
        "semaines par Mogadiscio.",
        "Des combats ont opposé mercredi les forces du Jubaland à des soldats fédéraux dans "
        "cette petite ville du sud.")
    assert {"jubaland-forces", "military-forces-so"} <= set(found.actors)
    # (a victory claimed is no author's claim, nor is the reporter's post a state)
    found = _extract(
        gazetteer, "Somalie : le Jubaland affirme avoir repoussé l'armée fédérale à Ras Kamboni",
        "Avec notre correspondant à Nairobi - Les autorités du Jubaland revendiquent la "
        "victoire. Mercredi, de violents combats ont éclaté à Ras Kamboni entre les forces du "
        "Jubaland et l'armée fédérale.")
    assert found.claimed_by is None
    assert "military-forces-ke" not in found.actors


def test_tunisia_s_national_guard_is_its_police(gazetteer: Gazetteer) -> None:
    found = _extract(
        gazetteer, "Six Tunisian guards killed in ambush near Algerian border",
        "Militants killed six members of Tunisia's National Guard on Sunday when they ambushed "
        "a border patrol near Ghardimaou, the interior ministry said.")
    assert "military-forces-tn-police" in found.actors
    found = _extract(
        gazetteer, "Tunisie : la katiba Okba Ibn Nafaâ revendique l'embuscade de Ghardimaou",
        "La katiba Okba Ibn Nafaâ, liée à Al-Qaïda au Maghreb islamique, a revendiqué "
        "l'embuscade qui a coûté la vie à six gardes nationaux dimanche près de Ghardimaou.")
    assert found.claimed_by == "okba-ibn-nafaa"


@pytest.mark.parametrize(("title", "body", "forces"), [
    ("Soldier killed in West Bank shooting; armed group claims attack",
     "An Israeli soldier was shot dead on Tuesday evening near a settlement north-west of "
     "Nablus, the military said.", "military-forces-il"),
    ("Irak : un soldat tué dans une attaque à la roquette contre une base près de Mossoul",
     "Un soldat turc a été tué mercredi soir dans une attaque à la roquette contre la base de "
     "Bachiqa, au nord-est de Mossoul, a annoncé le ministère turc de la Défense.",
     "military-forces-tr"),
])
def test_one_soldier_of_a_nation_hit_names_its_forces(
    gazetteer: Gazetteer, title: str, body: str, forces: str
) -> None:
    assert forces in _extract(gazetteer, title, body).actors


def test_assad_s_regime_forces_blamed_are_syria_s(gazetteer: Gazetteer) -> None:
    found = _extract(
        gazetteer, "Syrie : neuf morts dans des tirs de roquettes sur des camps de déplacés",
        "Neuf personnes ont été tuées dimanche par des roquettes tombées sur des camps de "
        "déplacés près d'Idleb, selon les secouristes, qui accusent les forces du régime de "
        "Bachar al-Assad d'avoir tiré à l'aube.")
    assert "military-forces-sy" in found.actors


def test_an_air_defence_count_is_no_claim_of_the_strike(gazetteer: Gazetteer) -> None:
    found = _extract(
        gazetteer, "Two killed, 40 hurt in Russian missile strike on Pavlohrad",
        "Two people were killed and about 40 wounded when Russian missiles hit the town of "
        "Pavlohrad overnight, the president said.\n\nUkraine's air force said it had shot down "
        "15 of the 18 cruise missiles launched overnight by Russian bombers.")
    assert found.claimed_by is None and "military-forces-ua" not in found.actors


def _extract_on(gazetteer: Gazetteer, published: str, title: str, body: str) -> Extraction:
    article = Article(id="s", source="s", url="https://news.example/s",
                      published=datetime.fromisoformat(published), title=title, body=body)
    return extract(article, gazetteer)


@pytest.mark.parametrize(("published", "title", "body", "republic"), [
    ("2019-06-10T08:00:00+00:00", "Two Ukrainian soldiers killed near Popasna",
     "Two Ukrainian soldiers were killed on Sunday when Russian-backed separatists shelled "
     "their positions near Popasna in the Luhansk region, the military said.", "lpr-forces"),
    ("2020-11-03T08:00:00+00:00", "Donbass : un soldat ukrainien tué près d'Avdiïvka",
     "Un soldat ukrainien a été tué lundi par des tirs de séparatistes prorusses près "
     "d'Avdiïvka, dans la région de Donetsk, a annoncé l'armée.", "dpr-forces"),
    ("2020-11-03T08:00:00+00:00", "Donbass : un soldat ukrainien tué près de Popasna",
     "Un soldat ukrainien a été tué lundi par des tirs de séparatistes prorusses près "
     "de Popasna, dans la région de Louhansk, a annoncé l'armée.", "lpr-forces"),
])
def test_donbas_separatists_are_their_oblast_s_republic(
    gazetteer: Gazetteer, published: str, title: str, body: str, republic: str
) -> None:
    found = _extract_on(gazetteer, published, title, body)
    other = "dpr-forces" if republic == "lpr-forces" else "lpr-forces"
    assert republic in found.actors and other not in found.actors


def test_ground_the_separatists_hold_names_no_side(gazetteer: Gazetteer) -> None:
    found = _extract_on(
        gazetteer, "2017-04-24T08:00:00+00:00", "OSCE monitor killed as vehicle hits mine",
        "A paramedic of the OSCE monitoring mission was killed on Sunday when the patrol's "
        "vehicle hit a mine in separatist-held territory near Pryshyb in the Luhansk region.")
    assert "lpr-forces" not in found.actors and "dpr-forces" not in found.actors


@pytest.mark.parametrize(("title", "body"), [
    ("Air strike on Gaza clinic kills 12, among them two UN staff",
     "An Israeli air strike hit a clinic in Gaza City on Tuesday, killing 12 people, among them "
     "two UN staff members, the civil defence agency said."),
    ("Nigeria : des jihadistes attaquent Ngala et incendient une base humanitaire de l'ONU",
     "Des combattants jihadistes ont attaqué lundi soir la ville de Ngala, dans l'Etat du "
     "Borno, tuant trois soldats et incendiant une base humanitaire des Nations unies, selon "
     "des sources sécuritaires."),
    ("Eight men shot dead at a billiard hall in Colombia's Cauca",
     "Gunmen killed eight men at a billiard hall in Suárez, Cauca, on Saturday night. One of "
     "the victims was a former FARC fighter taking part in the reintegration programme, said "
     "the United Nations verification mission."),
])
def test_the_un_s_staff_premises_and_sources_make_it_no_side(
    gazetteer: Gazetteer, title: str, body: str
) -> None:
    assert "united-nations" not in _extract(gazetteer, title, body).actors


def test_rockets_from_a_country_are_not_its_army(gazetteer: Gazetteer) -> None:
    found = _extract(
        gazetteer, "Two hurt as rockets from Lebanon hit Kiryat Shmona army post",
        "Two soldiers were wounded on Tuesday when rockets fired from Lebanon struck an army "
        "post in Kiryat Shmona, the military said. Hezbollah claimed the attack.")
    assert "military-forces-lb" not in found.actors and "hezbollah" in found.actors
    assert found.country == "IL"


@pytest.mark.parametrize(("title", "body"), [
    ("Drone from Yemen hits Eilat hotel; 12 hurt",
     "12:40 - Magen David Adom says it treated 12 people after a drone struck a hotel in "
     "Eilat.\n\n12:20 - The army says interception attempts were made against a UAV launched "
     "from Yemen and that troops are at the impact site."),
    ("Eilat : un drone tiré depuis le Yémen blesse douze personnes",
     "Un drone tiré depuis le Yémen a frappé mardi un hôtel d'Eilat, dans le sud d'Israël, "
     "blessant douze personnes, selon les secours."),
])
def test_a_drone_from_yemen_is_the_houthis_and_lands_where_it_hits(
    gazetteer: Gazetteer, title: str, body: str
) -> None:
    found = _extract(gazetteer, title, body)
    assert "houthis" in found.actors and "military-forces-ye" not in found.actors
    assert found.country == "IL" and found.place == "Eilat"


@pytest.mark.parametrize(("title", "body", "group"), [
    ("Kenya : neuf policiers tués par un engin explosif dans le comté de Mandera",
     "Neuf policiers kényans ont été tués samedi lorsque leur véhicule a sauté sur un engin "
     "explosif près d'Elwak, dans le comté de Mandera, selon la police.\n\nL'attaque n'a pas "
     "été revendiquée, mais les autorités l'attribuent aux islamistes shebab, qui multiplient "
     "les incursions dans la région depuis plusieurs semaines.", "al-shabaab"),
    ("Nine Kenyan police killed by roadside bomb in Mandera",
     "Nine Kenyan police officers were killed on Saturday when their vehicle hit a roadside "
     "bomb near Elwak in Mandera county, police said.\n\nNo group claimed it, but officials "
     "attributed the attack to al Shabaab, which has stepped up raids in the area since May.",
     "al-shabaab"),
])
def test_a_blame_of_this_attack_beside_the_group_s_past(
    gazetteer: Gazetteer, title: str, body: str, group: str
) -> None:
    assert group in _extract(gazetteer, title, body).actors


@pytest.mark.parametrize(("title", "body"), [
    ("Yémen : au moins 20 morts dans un raid aérien contre un marché au nord de Saada",
     "Au moins 20 personnes ont été tuées mardi dans un raid aérien de la coalition menée par "
     "l'Arabie saoudite contre un marché, situé près d'un barrage des rebelles houthis, au "
     "nord de Saada, selon des témoins."),
    ("Coalition air strike on market kills 20 in Yemen's Saada",
     "At least 20 people were killed on Tuesday when a Saudi-led coalition air strike hit a "
     "market located near a Houthi checkpoint north of Saada, witnesses said."),
])
def test_a_group_s_landmark_near_the_scene_is_no_side(
    gazetteer: Gazetteer, title: str, body: str
) -> None:
    found = _extract(gazetteer, title, body)
    assert "houthis" not in found.actors and "military-forces-sa" in found.actors


def test_a_group_s_named_channel_is_its_voice(gazetteer: Gazetteer) -> None:
    found = _extract(
        gazetteer, "Air strikes kill 14 civilians in Yemen's Hajjah, U.N. says",
        "Air strikes on a village of Yemen's Hajjah province killed 14 civilians, the United "
        "Nations said. The Houthi movement's Al Masirah TV blamed the Saudi-led coalition.")
    assert "houthis" not in found.actors


@pytest.mark.parametrize(("title", "body", "unknown"), [
    ("Rockets hit Iraqi base hosting U.S. troops near Baghdad, two hurt",
     "Three rockets struck Balad air base north of Baghdad on Tuesday, wounding two Iraqi "
     "soldiers, security sources said. No group claimed the attack.", True),
    ("Irak : des drones non identifiés frappent un champ gazier au Kurdistan",
     "Deux drones non identifiés ont frappé mercredi le champ gazier de Khor Mor, dans la "
     "province de Souleimaniyeh, sans faire de victimes, selon les autorités kurdes.", True),
    # (a state's weapons named: its author)
    ("Turkish drone strike kills three in northern Iraq",
     "A Turkish drone strike killed three people in a car near Sinjar on Tuesday, Iraqi "
     "security officials said.", False),
])
def test_rockets_and_drones_of_no_one_named_in_iraq_are_an_unnamed_group_s(
    gazetteer: Gazetteer, title: str, body: str, unknown: bool
) -> None:
    assert ("unidentified-armed-group-iq" in _extract(gazetteer, title, body).actors) is unknown


@pytest.mark.parametrize(("title", "body"), [
    ("Six policemen killed as Maoists blow up vehicle in Dantewada",
     "Six policemen and a civilian driver were killed on Tuesday when Maoists set off a "
     "roadside bomb under their vehicle in Dantewada district, police said."),
    ("Rockets hit Iraqi air base, contractor killed",
     "A civilian contractor was killed when rockets struck Balad air base on Sunday, the "
     "military said."),
])
def test_a_civilian_told_by_the_work_he_did_is_a_victim(
    gazetteer: Gazetteer, title: str, body: str
) -> None:
    found = _extract(gazetteer, title, body)
    assert any(a.startswith("civilians-") for a in found.actors)


@pytest.mark.parametrize(("title", "body", "ukraine"), [
    ("Fire breaks out at Saratov refinery after drone attack",
     "A fire broke out at an oil refinery in Saratov early on Sunday after a drone attack, the "
     "regional governor said. No one was hurt.", True),
    ("Russie : des drones frappent un dépôt pétrolier près de Novorossiïsk",
     "Des drones ont frappé dans la nuit un dépôt pétrolier près de Novorossiïsk, dans la "
     "région de Krasnodar, provoquant un incendie, selon les autorités locales.", True),
    # (Russia's own bombs on a town it struck while taking it are Russia's alone)
    ("Russian bomb hits school used as shelter in Luhansk village",
     "A Russian bomb hit a school used as a shelter in the village of Bilohorivka on Saturday, "
     "killing two people, the regional governor said.", False),
])
def test_drones_on_russia_whose_launchers_are_untold_are_ukraine_s(
    gazetteer: Gazetteer, title: str, body: str, ukraine: bool
) -> None:
    assert ("military-forces-ua" in _extract(gazetteer, title, body).actors) is ukraine


@pytest.mark.parametrize(("title", "body", "civilians"), [
    ("Russian missiles hit military training centre in Chernihiv region, eight dead",
     "Eight people were killed and 12 wounded when Russian missiles struck a military training "
     "centre in the village of Honcharivske on Tuesday, rescuers said.", False),
    ("Frappe russe sur un centre d'entraînement de la région de Tchernihiv : huit morts",
     "Huit personnes ont été tuées mardi par une frappe russe sur un centre d'entraînement de "
     "l'armée à Hontcharivské, selon les secours.", False),
    # (unless the civilians are told among its dead)
    ("Suicide bomber hits rally at police training centre, 20 dead",
     "A suicide bomber killed 20 people at a campaign rally held at a police training centre "
     "in Jalalabad, Afghanistan, on Tuesday; officials said most of the victims were "
     "civilians.", True),
    # (the dead broken down with a place between them and their kind)
    ("Suicide car bomb at police training centre kills 29",
     "A suicide car bomber struck the gate of a police training centre in Lashkar Gah on "
     "Thursday, killing 29 people. The governor said most of the casualties in the provincial "
     "capital, Lashkar Gah, were civilians.", True),
    ("Attentat-suicide contre un centre de formation de la police : 29 morts",
     "Un kamikaze a fait exploser sa voiture jeudi devant un centre de formation de la police "
     "à Lachkar Gah, tuant 29 personnes. La majorité des victimes de jeudi sont des femmes et "
     "des enfants, selon le gouverneur.", True),
])
def test_a_training_ground_struck_is_a_military_target(
    gazetteer: Gazetteer, title: str, body: str, civilians: bool
) -> None:
    found = _extract(gazetteer, title, body)
    assert any(a.startswith("civilians-") for a in found.actors) is civilians


@pytest.mark.parametrize(("title", "body", "civilians"), [
    ("Suicide bomber strikes near press club in Quetta",
     "QUETTA — At least eight people, including two policemen, were killed and 20 wounded on "
     "Monday when a suicide bomber blew himself up near the press club, police said.", True),
    ("Pakistan : un kamikaze se fait exploser près d'un rassemblement à Quetta",
     "QUETTA — Au moins huit personnes, dont deux policiers, ont été tuées lundi lorsqu'un "
     "kamikaze s'est fait exploser près du club de la presse, selon la police.", True),
    # (a toll of the dead, not of people: « onze morts, dont deux policiers »)
    ("Turquie : le bilan de l'attentat à la voiture piégée de Diyarbakir passe à onze morts",
     "Le bilan de l'attentat à la voiture piégée commis vendredi à Diyarbakir s'est alourdi à "
     "onze morts, dont deux policiers, a rapporté l'agence Anadolu. L'explosion a visé une "
     "annexe de la direction de la police.", True),
    # (all of them forces: no one else)
    ("Suicide bomber strikes police checkpoint in Quetta",
     "QUETTA — Two people, including two policemen on duty, were killed on Monday when a "
     "suicide bomber blew himself up at a checkpoint on the city's edge, police said.", False),
])
def test_a_toll_of_people_counting_fewer_forces_holds_civilians(
    gazetteer: Gazetteer, title: str, body: str, civilians: bool
) -> None:
    found = _extract(gazetteer, title, body)
    assert any(a.startswith("civilians-") for a in found.actors) is civilians


@pytest.mark.parametrize(("title", "body"), [
    ("Rebel commander killed by car bomb in eastern Ukraine's Donetsk",
     "A senior commander of Russian-backed separatists was killed when his car blew up in the "
     "city of Donetsk early on Saturday, separatist officials said."),
    ("Ukraine : un commandant séparatiste tué dans l'explosion de sa voiture à Donetsk",
     "Un haut commandant des séparatistes prorusses a été tué samedi matin dans l'explosion "
     "de sa voiture à Donetsk, ont annoncé les autorités séparatistes."),
])
def test_a_bomb_that_killed_a_commander_names_no_civilians(
    gazetteer: Gazetteer, title: str, body: str
) -> None:
    found = _extract_on(gazetteer, "2017-02-04T12:00:00+00:00", title, body)
    assert "civilians-ua" not in found.actors


@pytest.mark.parametrize(("title", "body", "not_a_side"), [
    # a group's own name holds a nationality
    ("Syrie : quatre combattants kurdes tués par un drone turc près de Tal Tamr",
     "Quatre combattants des Forces démocratiques syriennes ont été tués jeudi par une frappe "
     "de drone turc contre un poste près de Tal Tamr, selon une ONG.", "military-forces-sy"),
    # where the strike was, not who struck
    ("US military says it killed senior al Qaeda leader in northwest Syria strike",
     "A U.S. drone strike killed a senior al Qaeda leader near Idlib on Tuesday, the U.S. "
     "military said.", "military-forces-sy"),
])
def test_a_nationality_in_a_group_s_name_or_a_country_as_the_place_names_no_army(
    gazetteer: Gazetteer, title: str, body: str, not_a_side: str
) -> None:
    assert not_a_side not in _extract(gazetteer, title, body).actors


def test_a_country_where_a_group_is_based_names_no_army(gazetteer: Gazetteer) -> None:
    found = _extract(
        gazetteer, "Mozambique-based insurgents raid Tanzanian border village",
        "Insurgents who crossed the Rovuma river from Mozambique attacked the Tanzanian village "
        "of Mihambwe on Wednesday, killing two residents, police said.")
    assert "military-forces-mz" not in found.actors


def test_a_nation_s_defence_and_security_forces(gazetteer: Gazetteer) -> None:
    found = _extract(
        gazetteer, "Togo : une attaque contre un poste avancé repoussée dans les Savanes",
        "Un poste des forces de défense et de sécurité togolaises a été attaqué dans la nuit "
        "à Nadjoundi, dans la préfecture de Kpendjal, par des hommes armés. L'attaque a été "
        "repoussée, a indiqué le ministre de la Sécurité.")
    assert "military-forces-tg" in found.actors


@pytest.mark.parametrize(("title", "body"), [
    ("Niger : une attaque-suicide contre un camp militaire près de Tillabéri",
     "Une attaque-suicide au véhicule piégé a visé jeudi un camp de l'armée nigérienne près de "
     "Tillabéri, faisant six morts parmi les habitants d'un quartier voisin, selon une source "
     "locale."),
    ("Somalie : deux attaques suicides contre des barrages à Mogadiscio",
     "Deux attaques suicides ont visé samedi des barrages de police à Mogadiscio, tuant quatre "
     "personnes, selon la police."),
])
def test_an_attaque_suicide_is_a_suicide_bomb(gazetteer: Gazetteer, title: str, body: str) -> None:
    assert _extract(gazetteer, title, body).sub_event_type == "Suicide bomb"


@pytest.mark.parametrize(("title", "body", "civilians"), [
    ("Burkina : le bilan de l'attaque du convoi de Djibo passe à 41 morts",
     "Le bilan de l'attaque qui a visé mardi un convoi escorté par l'armée près de Djibo est "
     "désormais de 41 morts, a annoncé le gouvernement. Parmi eux, 30 civils et onze militaires.",
     "civilians-bf"),
    ("Toll in Borno ambush on army convoy rises to 25",
     "The toll from Monday's ambush on a military convoy near Damboa rose to 25 dead, army "
     "sources said on Wednesday. Among them were nine civilians travelling with the convoy.",
     "civilians-ng"),
])
def test_civilians_among_a_battle_s_dead_told_in_the_next_sentence(
    gazetteer: Gazetteer, title: str, body: str, civilians: str
) -> None:
    assert civilians in _extract(gazetteer, title, body).actors


def test_civilians_among_the_wounded_only_are_not_among_the_dead(gazetteer: Gazetteer) -> None:
    """A guard: a battle with its country, civilians only among the wounded."""
    found = _extract(
        gazetteer, "Burkina : douze soldats tués dans une embuscade près de Djibo",
        "Douze soldats ont été tués mardi dans une embuscade contre leur patrouille près de "
        "Djibo, a annoncé l'armée. Trente assaillants ont été neutralisés. Parmi les blessés, "
        "deux civils.")
    assert "civilians-bf" not in found.actors


@pytest.mark.parametrize(("title", "body", "country"), [
    ("Israeli strike on Tyre kills senior Hezbollah commander",
     "TYRE, Lebanon — An Israeli air strike on a car near Tyre on Tuesday killed a senior "
     "commander of Hezbollah and two other people, Lebanon's health ministry said.", "lb"),
    ("Irak : une frappe de drone tue un commandant des Kataeb Hezbollah à Bagdad",
     "Une frappe de drone américaine a tué mercredi soir à Bagdad un commandant des Kataeb "
     "Hezbollah et deux autres personnes qui se trouvaient dans le véhicule, selon des sources "
     "sécuritaires irakiennes.", "iq"),
])
def test_a_strike_on_a_group_s_commander_names_no_civilians(
    gazetteer: Gazetteer, title: str, body: str, country: str
) -> None:
    found = _extract(gazetteer, title, body)
    assert found.country == country.upper()
    assert f"civilians-{country}" not in found.actors


def test_civilians_told_beside_a_commander_are_still_civilians(gazetteer: Gazetteer) -> None:
    found = _extract(
        gazetteer, "Israeli strike on Tyre kills Hezbollah commander and three children",
        "TYRE, Lebanon — An Israeli air strike on a house near Tyre on Tuesday killed a "
        "Hezbollah commander and three children who lived in the building, Lebanon's health "
        "ministry said.")
    assert "civilians-lb" in found.actors


@pytest.mark.parametrize(("title", "body"), [
    ("Two guards and a police sub-inspector killed as gunmen storm Peshawar bank",
     "PESHAWAR: Gunmen stormed a bank in Peshawar on Monday, killing two security guards and a "
     "police sub-inspector before they were shot dead, police said."),
    ("Kashmir : un inspecteur de police tué par des militants à Anantnag",
     "Un inspecteur de police a été tué par balles dimanche par des militants à Anantnag, dans "
     "le sud du Cachemire indien, selon la police."),
])
def test_police_told_by_their_rank_are_a_side(gazetteer: Gazetteer, title: str, body: str) -> None:
    found = _extract(gazetteer, title, body)
    assert any(a.startswith("military-forces-") and a.endswith("-police") for a in found.actors)


@pytest.mark.parametrize(("title", "body", "claimant", "country"), [
    ("Gunmen kill nine in Borno village; ISWAP claims the attack",
     "Gunmen stormed the village of Mafa in Borno State on Tuesday night, killing nine "
     "villagers, residents said. Islamic State West Africa Province claimed responsibility for "
     "the attack in a statement on Wednesday.", "iswap", "ng"),
    ("Russie : un groupe de Russes pro-ukrainiens revendique une incursion près de Koursk",
     "Le Corps des volontaires russes a revendiqué jeudi une incursion dans la région de "
     "Koursk, où deux civils ont été tués.\n\nSelon le gouverneur, un « groupe de sabotage et "
     "de reconnaissance » a pénétré dans le village de Tiotkino et a ouvert le feu sur une "
     "voiture, tuant deux hommes. Les gardes-frontières ont repoussé les assaillants en "
     "territoire ukrainien.", "russian-volunteer-corps", "ru"),
])
def test_a_group_that_claims_is_the_unnamed_attacker(
    gazetteer: Gazetteer, title: str, body: str, claimant: str, country: str
) -> None:
    found = _extract(gazetteer, title, body)
    assert found.claimed_by == claimant
    assert f"unidentified-armed-group-{country}" not in found.actors


def test_a_shooting_told_in_the_headline_is_no_shelling(gazetteer: Gazetteer) -> None:
    found = _extract(
        gazetteer, "Junta troops shoot dead pastor rushing to put out fires in Thantlang",
        "Myanmar junta soldiers shot dead the pastor of a Baptist church in the town of "
        "Thantlang on Saturday as shelling set homes ablaze, residents said.\n\nThe pastor, a "
        "father of two, was riding to the church to help residents put out a fire when troops "
        "opened fire on him.",
        "Residents say the pastor was killed after artillery fire set homes ablaze.")
    assert found.sub_event_type == "Attack"
    assert "civilians-mm" in found.actors


@pytest.mark.parametrize(("title", "body", "country"), [
    ("Mayor of Ecuadorean mining town shot dead",
     "CUENCA, Ecuador — The mayor of Camilo Ponce Enríquez, a gold-mining town in Azuay "
     "province, was shot dead on Wednesday, police said. Police did not give a motive.", "ec"),
    ("Équateur : le maire de Manta abattu en pleine rue",
     "Le maire de Manta, sur la côte pacifique de l'Équateur, a été tué par balles dimanche "
     "alors qu'il inspectait des travaux, a annoncé la police.", "ec"),
])
def test_civilians_attacked_by_nobody_named_were_attacked_by_someone(
    gazetteer: Gazetteer, title: str, body: str, country: str
) -> None:
    found = _extract(gazetteer, title, body)
    assert found.event_type == "Violence against civilians"
    assert f"civilians-{country}" in found.actors
    assert f"unidentified-armed-group-{country}" in found.actors


def test_civilians_attacked_by_a_named_group_get_no_unknown_attacker(
    gazetteer: Gazetteer,
) -> None:
    found = _extract(
        gazetteer, "Al Shabaab militants kill five villagers in Lower Shabelle",
        "Al Shabaab militants killed five villagers in an attack on a village near Afgoye on "
        "Tuesday, residents said.")
    assert "al-shabaab" in found.actors
    assert "unidentified-armed-group-so" not in found.actors


@pytest.mark.parametrize(("title", "body"), [
    ("Local politician shot dead at home by suspected Maoists in Bijapur",
     "RAIPUR: A local politician was shot dead at his home in a village of Bijapur district on "
     "Friday night, allegedly by Maoists, police said. No pamphlet claiming the attack was "
     "found at the spot."),
    ("Chhattisgarh : un élu local abattu chez lui, des maoïstes soupçonnés",
     "Un élu local a été abattu vendredi soir chez lui dans un village du district de Bijapur, "
     "selon la police, qui soupçonne des maoïstes. Aucun tract revendiquant l'attaque n'a été "
     "retrouvé sur place."),
])
def test_no_pamphlet_claiming_it_is_no_claim(gazetteer: Gazetteer, title: str, body: str) -> None:
    found = _extract(gazetteer, title, body)
    assert found.status == Status.CONFIRMED
    assert found.claimed_by is None


@pytest.mark.parametrize(("title", "body"), [
    # another attack, told by its day, that the named group claimed
    ("Blasts hit Taliban vehicles in Jalalabad, killing two",
     "Three explosions struck Jalalabad on Saturday, killing two people, a Taliban official "
     "said.\n\nThere was no immediate claim of responsibility. Jalalabad is the heartland of "
     "Islamic State Khorasan, which claimed the suicide bombing at Kabul airport on Aug. 26."),
    # nobody said it did it
    ("Couple and baby shot dead in Colombia's Tibú",
     "A couple and their baby were shot dead in their car in Tibú on Wednesday, local "
     "authorities said. No group has said it carried out the killing."),
])
def test_claims_of_other_attacks_and_unclaimed_ones_make_no_claim(
    gazetteer: Gazetteer, title: str, body: str
) -> None:
    found = _extract(gazetteer, title, body)
    assert found.claimed_by is None
    assert found.status == Status.CONFIRMED


@pytest.mark.parametrize(("title", "body", "victims"), [
    ("Yeshiva student killed in shooting attack near West Bank settlement",
     "An Israeli man was killed and two others were wounded on Thursday when Palestinian "
     "gunmen opened fire on their car as it left a settlement near Nablus, the military said.",
     "civilians-il"),
    ("Mother and son killed as anti-tank missile from Lebanon hits home in Metula",
     "An Israeli man and his elderly mother were killed on Wednesday when an anti-tank missile "
     "fired from Lebanon slammed into their home in Metula, rescue services said. The army "
     "blamed Hezbollah.", "civilians-il"),
])
def test_a_man_told_by_his_nationality_among_the_dead_is_a_civilian(
    gazetteer: Gazetteer, title: str, body: str, victims: str
) -> None:
    assert victims in _extract(gazetteer, title, body).actors


@pytest.mark.parametrize(("title", "body", "civilians"), [
    ("Woman killed as militants drop bombs from drones on Manipur village",
     "IMPHAL: A 31-year-old woman was killed and two policemen were injured on Sunday when "
     "suspected militants used drones to drop explosives on Koutruk, police said.",
     "civilians-in"),
    ("Burkina : une fillette tuée par un engin explosif près de Djibo",
     "Une fillette a été tuée et deux soldats blessés jeudi par l'explosion d'un engin "
     "explosif au passage d'une patrouille près de Djibo, selon une source sécuritaire.",
     "civilians-bf"),
])
def test_one_woman_or_child_among_the_dead_is_a_civilian(
    gazetteer: Gazetteer, title: str, body: str, civilians: str
) -> None:
    assert civilians in _extract(gazetteer, title, body).actors


@pytest.mark.parametrize(("title", "body"), [
    ("Crimée : quatre morts dans une frappe de missiles ATACMS sur une plage de Sébastopol",
     "Quatre personnes ont été tuées et 151 blessées dimanche par une frappe de missiles ATACMS "
     "sur une plage de Sébastopol, en Crimée annexée, selon les autorités installées par "
     "Moscou."),
    ("Storm Shadow missiles hit Luhansk city, Russian-installed officials say",
     "Storm Shadow missiles struck an industrial site in the city of Luhansk on Friday, "
     "wounding six people, Russian-installed officials said."),
])
def test_missiles_only_ukraine_fires_are_ukraine_s(
    gazetteer: Gazetteer, title: str, body: str
) -> None:
    assert "military-forces-ua" in _extract_on(
        gazetteer, "2024-06-24T09:00:00+00:00", title, body).actors


@pytest.mark.parametrize(("title", "body", "summary"), [
    ("Kenya election live: girl killed by stray bullet in Mathare, residents say",
     "13:40 EAT - A nine-year-old girl has been killed by a stray bullet in Mathare, "
     "residents tell our reporter.",
     "Live updates as protests continue in opposition strongholds after the vote count."),
    # (the mark first, then the topic)
    ("EN DIRECT - Élections en Irak : un attentat près d'un bureau de vote à Kirkouk",
     "10h35 - Un attentat-suicide a frappé Kirkouk près d'un bureau de vote, faisant une "
     "dizaine de morts, selon un responsable de la police locale.",
     "Une dizaine de personnes ont été tuées selon la police ; le vote se poursuit."),
])
def test_a_live_blog_s_topic_is_no_news_of_its_own(
    gazetteer: Gazetteer, title: str, body: str, summary: str
) -> None:
    assert _extract(gazetteer, title, body, summary).is_incident


def test_soldiers_who_shot_a_man_dead_are_his_attackers(gazetteer: Gazetteer) -> None:
    found = _extract(
        gazetteer, "Cameroon archbishop says soldiers shot seminarian dead after Mass",
        "A 19-year-old seminarian was shot dead by soldiers outside his parish church in "
        "Bamessing on Thursday, the archbishop said.\n\nAccording to the archbishop, soldiers "
        "who arrived in a military truck began shooting.",
        "The seminarian was killed outside the parish church.")
    assert found.sub_event_type == "Attack"


@pytest.mark.parametrize(("title", "body", "forces"), [
    ("Ethiopia: Drone strike kills 16, including children, in Amhara village - witnesses",
     "A drone strike killed 16 people, including children, in a village in Ethiopia's Amhara "
     "region on Sunday, witnesses and a health worker said.", "military-forces-et"),
    ("Myanmar : une frappe aérienne tue neuf civils dans un village de la région de Sagaing",
     "Une frappe aérienne a tué neuf civils dimanche dans un village de la région de Sagaing, "
     "selon des habitants.", "military-forces-mm"),
])
def test_an_untold_air_strike_where_only_the_state_flies_is_the_state_s(
    gazetteer: Gazetteer, title: str, body: str, forces: str
) -> None:
    assert forces in _extract(gazetteer, title, body).actors


def test_an_air_strike_told_as_a_group_s_is_not_the_state_s(gazetteer: Gazetteer) -> None:
    found = _extract(
        gazetteer, "Fano drone strike hits market in Amhara town, five civilians killed",
        "A drone operated by Fano militiamen struck a market in a town of Ethiopia's Amhara "
        "region on Sunday, killing five civilians, residents said.")
    assert "fano" in found.actors
    assert "military-forces-et" not in found.actors


@pytest.mark.parametrize(("title", "body"), [
    ("Israël : deux morts dans un tir de roquette à Nahariya",
     "Deux personnes ont été tuées jeudi par une roquette tirée depuis le Liban à Nahariya, "
     "ont annoncé les secours.\n\nL'armée israélienne a attribué le tir au Hezbollah, qui "
     "revendique chaque jour des dizaines d'attaques contre le nord d'Israël."),
    ("Rocket kills two in Nahariya",
     "A rocket fired from Lebanon killed two people in Nahariya on Thursday, paramedics said."
     "\n\nThe Israeli army blamed Hezbollah, which has claimed hundreds of attacks on northern "
     "Israel since October."),
    ("Insurgents behead man in Cabo Delgado village",
     "Insurgents beheaded a man in a village of Chiure district overnight, local sources said. "
     "The Islamic State group, which claims most insurgent attacks in Cabo Delgado, has not "
     "commented."),
])
def test_a_group_s_habit_of_claiming_is_no_claim_of_this_attack(
    gazetteer: Gazetteer, title: str, body: str
) -> None:
    found = _extract(gazetteer, title, body)
    assert found.claimed_by is None
    assert found.status is not Status.CLAIMED


@pytest.mark.parametrize(("title", "body", "army"), [
    ("Israël : deux morts dans un tir de roquette à Nahariya",
     "Deux civils ont été tués jeudi par une roquette tirée depuis le Liban à Nahariya, ont "
     "annoncé les secours. L'armée israélienne a attribué le tir au Hezbollah.", False),
    ("Rocket from Lebanon kills two civilians in Nahariya",
     "Two civilians were killed when a rocket fired from Lebanon hit Nahariya on Thursday. "
     "The Israeli military said a barrage of rockets had been fired at the town.", False),
    # (its own account of its strike makes it a side)
    ("Israeli strike kills two in south Lebanon",
     "Two people were killed in a strike on a car near Tyre on Thursday. The Israeli military "
     "said it had struck Hezbollah operatives.", True),
])
def test_a_nation_s_army_that_tells_or_blames_is_no_side(
    gazetteer: Gazetteer, title: str, body: str, army: bool
) -> None:
    assert ("military-forces-il" in _extract(gazetteer, title, body).actors) is army


def test_an_attack_the_army_confirms_is_not_the_army_s(gazetteer: Gazetteer) -> None:
    found = _extract(
        gazetteer, "Suspected rebels kill 11 in eastern Congo village",
        "Suspected ADF rebels killed at least 11 civilians in an overnight raid on a village in "
        "Ituri province, a local rights activist said.\n\nAn army spokesman confirmed the "
        "attack and said troops had been sent to pursue the assailants.")
    assert found.claimed_by != "military-forces-cd"
    assert "military-forces-cd" not in found.actors
    # (a strike confirmed by the force that flew it is its own)
    found = _extract(
        gazetteer, "US strike kills militants in Somalia",
        "A U.S. air strike killed five al-Shabaab militants near Jilib on Sunday. U.S. Africa "
        "Command confirmed the strike.")
    assert found.claimed_by == "military-forces-us"


def test_the_sides_of_fighting_named_after_where_it_broke_out(gazetteer: Gazetteer) -> None:
    found = _extract(
        gazetteer, "At least 20 killed as armed factions clash in Central African town",
        "At least 20 people were killed when rival armed groups fought in the town of Birao on "
        "Sunday, the government said.\n\nFighting broke out around midday near the central "
        "market between the Popular Front for the Rebirth of Central Africa (FPRC) and a "
        "coalition of factions including the RPRC and the MLCJ.")
    assert {"fprc", "rprc", "mlcj"} <= set(found.actors)


@pytest.mark.parametrize(("title", "body", "group"), [
    ("Bodies of two missing U.N. experts found in Congo's Kasai",
     "The bodies of two U.N. investigators who went missing near Bunkonde were found in a "
     "shallow grave, the government said on Monday. It blamed the Kamuina Nsapu militia.",
     "kamuina-nsapu"),
    ("Liban : un commandant du Fateh tué dans le camp d'Aïn el-Héloué",
     "Un commandant du Fateh a été tué samedi dans une embuscade dans le camp d'Aïn el-Héloué, "
     "imputée par ses proches à des islamistes du groupe Jund al-Cham.", "jund-al-sham"),
    ("Ethiopia: ONLF rebels attack army convoy in Somali region",
     "Fighters of the Ogaden National Liberation Front attacked an army convoy near Degehabur "
     "on Tuesday, a regional official said.", "onlf"),
])
def test_groups_of_kasai_ogaden_and_lebanon_s_camps(
    gazetteer: Gazetteer, title: str, body: str, group: str
) -> None:
    assert group in _extract(gazetteer, title, body).actors


@pytest.mark.parametrize(("title", "body", "militia"), [
    ("Five killed as Twa militia attacks village in Congo's Tanganyika",
     "Twa militiamen armed with bows and machetes killed five villagers near Kalemie on "
     "Sunday, local officials said.", "twa-militia-cd"),
    ("RDC : des miliciens luba attaquent un camp de déplacés près de Kalemie",
     "Des miliciens luba ont tué trois déplacés twa dimanche près de Kalemie, selon la "
     "société civile.", "luba-militia-cd"),
])
def test_communal_militias_of_tanganyika(
    gazetteer: Gazetteer, title: str, body: str, militia: str
) -> None:
    assert militia in _extract(gazetteer, title, body).actors


@pytest.mark.parametrize(("title", "body", "group"), [
    ("Extrême-Nord : sept civils tués dans un double attentat-suicide à Amchidé",
     "Sept civils ont été tués dimanche soir dans un double attentat-suicide à Amchidé, selon "
     "un responsable local.\n\n« Deux kamikazes de Boko Haram se sont fait exploser autour de "
     "20 heures », a déclaré un officier.", "boko-haram"),
    ("Gunmen kill 12 farmers in Borno village",
     "Gunmen killed 12 farmers in a village near Gwoza on Saturday, residents said.\n\n"
     "Residents said ISWAP fighters arrived on motorcycles and rounded up the farmers.",
     "iswap"),
])
def test_the_attackers_told_by_their_group_in_the_next_paragraph(
    gazetteer: Gazetteer, title: str, body: str, group: str
) -> None:
    assert group in _extract(gazetteer, title, body).actors


def test_an_air_force_that_admits_its_jet_struck_owns_the_strike(gazetteer: Gazetteer) -> None:
    found = _extract(
        gazetteer, "Air force admits jet struck Yobe village by mistake",
        "Nigeria's air force on Thursday admitted that one of its jets struck a village in Yobe "
        "state a day earlier, killing civilians, reversing an earlier denial.")
    assert found.claimed_by == "military-forces-ng"


def test_an_attack_on_an_army_detachment_is_a_battle(gazetteer: Gazetteer) -> None:
    found = _extract(
        gazetteer, "Burkina : le détachement militaire de Djibasso visé par une attaque",
        "Le détachement militaire de Djibasso a été la cible mardi d'une attaque de grande "
        "ampleur menée par des hommes armés, selon des sources locales. Des maisons ont été "
        "incendiées.")
    assert found.event_type == "Battles"


@pytest.mark.parametrize(("title", "body", "sub"), [
    ("Seven soldiers killed as militants overrun army base in Borno",
     "At least seven soldiers were killed when militants overran a military base in Borno "
     "state on Sunday, carting away gun trucks before setting the base ablaze, sources said.",
     "Armed clash"),
    ("Rebels overran the town of Kitchanga after fierce fighting",
     "Rebels overran the town of Kitchanga on Sunday after fierce fighting with the army and "
     "now control it, residents said.", "Non-state actor overtakes territory"),
])
def test_a_base_overrun_in_a_raid_is_a_clash(
    gazetteer: Gazetteer, title: str, body: str, sub: str
) -> None:
    assert _extract(gazetteer, title, body).sub_event_type == sub


def test_a_habit_of_blame_is_no_blame_of_this_attack(gazetteer: Gazetteer) -> None:
    found = _extract(
        gazetteer, "Mali : une cinquantaine de civils tués dans la région de Gao",
        "Une cinquantaine de civils ont été tués lundi dans l'attaque de trois villages de la "
        "région de Gao, selon des élus locaux.\n\nCette zone est le théâtre d'exactions "
        "répétées contre les civils, le plus souvent attribuées à l'État islamique au Grand "
        "Sahara (EIGS).")
    assert "is-sahel" not in found.actors


@pytest.mark.parametrize(("title", "body", "police"), [
    ("Gunmen kill 14 bystanders in border city rampage; police kill four attackers",
     "Gunmen riding in pickup trucks shot at people in several neighbourhoods of Reynosa on "
     "Saturday, killing 14 bystanders, state authorities said.", True),
    # (police who only hunt the attackers answered the attack)
    ("Gunmen kill 14 bystanders in border city rampage",
     "Gunmen riding in pickup trucks shot at people in several neighbourhoods of Reynosa on "
     "Saturday, killing 14 bystanders. Police were searching for the attackers.", False),
])
def test_the_police_that_killed_the_attackers_are_a_side(
    gazetteer: Gazetteer, title: str, body: str, police: bool
) -> None:
    found = _extract(gazetteer, title, body)
    assert ("military-forces-mx-police" in found.actors) is police
    assert found.event_type == "Violence against civilians"


def test_a_passenger_bus_attacked_is_an_attack_on_civilians(gazetteer: Gazetteer) -> None:
    found = _extract(
        gazetteer, "Suspected militants attack bus in Kenya's Lamu, killing three",
        "Suspected militants attacked a passenger bus in Kenya's coastal Lamu county on "
        "Thursday, killing three people, a local official said.\n\nSecurity forces, including "
        "the army, were combing the area.")
    assert (found.event_type, found.sub_event_type) == ("Violence against civilians", "Attack")


def test_armed_men_of_a_nationality_are_no_state_s_forces(gazetteer: Gazetteer) -> None:
    found = _extract(
        gazetteer, "Kenya : trois Américains tués dans une attaque contre une base militaire",
        "Un militaire américain et deux sous-traitants ont été tués dimanche lors d'une attaque "
        "des islamistes somaliens shebab contre la base de Manda Bay, dans le comté de Lamu.")
    assert "military-forces-so" not in found.actors
    assert "al-shabaab" in found.actors


@pytest.mark.parametrize(("title", "body"), [
    ("Nigeria : au moins 60 morts dans l'attaque de Boko Haram contre Rann",
     "L'ONG accuse Boko Haram d'avoir massacré des habitants de Rann, ville quittée la veille "
     "par l'armée. Au moins soixante personnes ont été tuées lundi.\n\nL'armée nigériane n'a "
     "pas réagi à ces accusations."),
    ("Boko Haram kills 60 in Rann, Amnesty says",
     "Boko Haram militants killed at least 60 people in Rann on Monday, Amnesty said.\n\n"
     "The Nigerian army did not respond to a request for comment."),
    # (gone, told however the verb is: "after troops withdrew", "had already left")
    ("Boko Haram kills 30 villagers in Borno",
     "Boko Haram militants killed 30 villagers in Gwoza on Sunday, two days after troops "
     "withdrew, residents said."),
    ("Boko Haram kills 30 villagers in Borno",
     "Boko Haram militants killed 30 villagers in Gwoza on Sunday. Troops had already left "
     "the town, residents said."),
])
def test_forces_gone_or_silent_are_no_side(gazetteer: Gazetteer, title: str, body: str) -> None:
    found = _extract(gazetteer, title, body)
    assert "military-forces-ng" not in found.actors
    assert "boko-haram" in found.actors


def test_fighters_who_did_it_are_no_target(gazetteer: Gazetteer) -> None:
    found = _extract(
        gazetteer, "Somali authorities put convoy massacre toll at 20",
        "Somalia's government said on Sunday that 20 people were killed when al-Shabab fighters "
        "ambushed a convoy of food trucks on the outskirts of Beledweyne late on Friday.")
    assert found.event_type == "Violence against civilians"


def test_an_area_fought_over_is_a_setting_not_a_battle(gazetteer: Gazetteer) -> None:
    found = _extract(
        gazetteer, "Mexico finds 19 burned bodies near U.S. border in Tamaulipas",
        "Mexican authorities on Saturday found 19 bodies, most of them burned, in two vehicles "
        "near Camargo, Tamaulipas, officials said.\n\nThe remains were discovered in an area "
        "fought over by factions of the Gulf Cartel and the Cartel del Noreste.")
    assert found.event_type == "Violence against civilians"
    assert "civilians-mx" in found.actors


def test_a_rocket_fired_from_gaza_is_not_the_army_of_the_strikes_told_after_it(
    gazetteer: Gazetteer,
) -> None:
    found = _extract(
        gazetteer, "Boy, 5, killed as Gaza rocket hits home in Israeli town of Sderot",
        "A five-year-old boy was killed on Wednesday when a rocket fired from the Gaza Strip "
        "struck a residential building in Sderot, medics said.\n\nIsraeli air strikes on Gaza "
        "overnight killed dozens of people, Palestinian health officials said.")
    assert "military-forces-il" not in found.actors
    assert "civilians-il" in found.actors


@pytest.mark.parametrize(("title", "body", "forces", "side"), [
    ("Bodies of 20 civilians found in shelled convoy near Kupiansk, governor says",
     "The bodies of 20 civilians have been found in a convoy of cars that came under Russian "
     "fire near the village of Kurylivka, the governor said. The victims were fleeing "
     "Russian-occupied territory.", "military-forces-ru", True),
    ("Three killed as Donetsk market comes under fire",
     "Three civilians were killed when a market in Donetsk came under Ukrainian fire on "
     "Sunday, the Russian-installed mayor said.", "military-forces-ua", True),
    # (not settlers of a nation who opened fire)
    ("Father and son shot dead as settlers attack funeral in West Bank village",
     "Two Palestinians were killed on Thursday when Israeli settlers opened fire on a funeral "
     "procession in the village of Qusra, the health ministry said.", "military-forces-il",
     False),
])
def test_a_nation_s_fire_is_its_forces(
    gazetteer: Gazetteer, title: str, body: str, forces: str, side: bool
) -> None:
    assert (forces in _extract(gazetteer, title, body).actors) is side


@pytest.mark.parametrize(("title", "body"), [
    ("Trois roquettes tirées du Liban-Sud vers Israël tombent en mer",
     "Trois roquettes ont été tirées jeudi soir depuis le Liban-Sud en direction du nord "
     "d'Israël, mais elles sont tombées en mer, a annoncé l'armée israélienne. Le Hezbollah ne "
     "serait pas impliqué, selon une source sécuritaire libanaise."),
    ("Three rockets fired from south Lebanon fall into the sea",
     "Three rockets were fired from south Lebanon towards northern Israel on Thursday evening "
     "but fell into the sea, the Israeli military said. Hezbollah was not believed to be "
     "involved, a Lebanese security source said."),
])
def test_a_group_told_to_have_no_part_is_no_side(
    gazetteer: Gazetteer, title: str, body: str
) -> None:
    assert "hezbollah" not in _extract(gazetteer, title, body).actors


@pytest.mark.parametrize(("title", "body"), [
    ("Colonel, Major among five killed in Handwara gunfight with militants",
     "SRINAGAR — Two army officers and two soldiers were killed in a gunfight with militants "
     "in Handwara on Saturday, the army said.\n\nA Jammu and Kashmir Police sub-inspector was "
     "also killed when a team of army and police personnel entered the house."),
    ("Inde : des soldats tués dans une embuscade maoïste au Chhattisgarh",
     "RAIPUR — Des militaires ont été tués samedi dans une embuscade tendue par des rebelles "
     "maoïstes dans le Chhattisgarh.\n\nPrès de 2 000 hommes de la police de réserve centrale "
     "(CRPF) participaient à l'opération."),
])
def test_india_s_armed_police_named_beside_the_army_are_a_side(
    gazetteer: Gazetteer, title: str, body: str
) -> None:
    assert "military-forces-in-police" in _extract(gazetteer, title, body).actors


@pytest.mark.parametrize(("title", "body"), [
    ("Truck bomb claimed by IS kills at least 44 in Syria's Qamishli",
     "BEIRUT - A massive truck bomb claimed by the Islamic State group killed at least 44 "
     "people in the Kurdish-majority city of Qamishli on Wednesday, a monitoring group said."),
    ("Syrie : un camion piégé fait 44 morts à Qamichli",
     "BEYROUTH - Une explosion revendiquée par le groupe État islamique a tué mercredi au moins "
     "44 personnes à Qamichli, dans le nord-est de la Syrie, selon une ONG."),
])
def test_a_blast_claimed_by_a_group_is_its_claim(
    gazetteer: Gazetteer, title: str, body: str
) -> None:
    found = _extract(gazetteer, title, body)
    assert (found.claimed_by, found.status) == ("islamic-state", Status.CLAIMED)


def test_the_weapons_of_what_a_strike_answers_are_no_side(gazetteer: Gazetteer) -> None:
    found = _extract(
        gazetteer, "Un missile balistique frappe une usine de Dnipro",
        "Dnipro — Un missile balistique a frappé jeudi matin une usine de Dnipro, faisant deux "
        "blessés, selon les autorités régionales.\n\nMoscou a présenté ce tir comme une riposte "
        "à l'utilisation par Kiev, cette semaine, de missiles américains contre des cibles "
        "dans les régions russes de Briansk et de Koursk.")
    assert "military-forces-us" not in found.actors


def test_a_state_s_auxiliaries_are_none_of_another_state_s(gazetteer: Gazetteer) -> None:
    found = _extract(
        gazetteer, "Fourteen Iranian border guards and Basij members abducted near Pakistan",
        "Fourteen Iranian security personnel, including two Revolutionary Guards intelligence "
        "officers and seven Basij militia volunteers, were abducted before dawn on Tuesday in a "
        "border area of Sistan-Baluchestan province, the official IRNA news agency said.",
        "The Sunni militant group Jaish al-Adl said its fighters attacked a border post in "
        "Mirjaveh county before dawn and seized the men and their weapons.")
    assert "vdp" not in found.actors


@pytest.mark.parametrize("summary", [
    "Le même jour, des VDP ont repoussé une attaque à Namsiguia.",
    "Separately, VDP auxiliaries repelled an attack on Namsiguia the same day.",
])
def test_another_event_told_beside_it_names_no_side(
    gazetteer: Gazetteer, summary: str
) -> None:
    found = _extract(
        gazetteer, "Pensa : l'attaque du village d'Ankouna a fait 11 morts",
        "L'attaque perpétrée mercredi contre le village d'Ankouna, dans la commune de Pensa, a "
        "fait onze morts, a indiqué le gouverneur. Des individus armés non identifiés ont ouvert "
        "le feu sur les habitants.", summary)
    assert "vdp" not in found.actors


@pytest.mark.parametrize(("title", "summary"), [
    ("Boko Haram kills 11 villagers near Buni Gari",
     "Troops recovered the bodies in the bush outside the Yobe community on Friday morning."),
    ("Boko Haram tue onze villageois près de Buni Gari",
     "Des militaires ont retrouvé les corps vendredi matin dans la brousse."),
])
def test_forces_who_found_the_dead_are_no_side(
    gazetteer: Gazetteer, title: str, summary: str
) -> None:
    found = _extract(
        gazetteer, title,
        "DAMATURU — Boko Haram insurgents have killed at least eleven civilians on the outskirts "
        "of Buni Gari, in Yobe State, security sources said on Saturday.", summary)
    assert "military-forces-ng" not in found.actors


@pytest.mark.parametrize(("title", "body", "civilians"), [
    ("Militants storm army camp in Jammu; six soldiers dead",
     "JAMMU — Six soldiers and a civilian were killed when militants stormed an army camp on "
     "the outskirts of Jammu before dawn on Saturday, officials said. Three militants were shot "
     "dead in the gunfight that followed.", True),
    ("Mali : attaque jihadiste contre le camp militaire de Koulikoro",
     "Des jihadistes ont attaqué dimanche avant l'aube le camp militaire de Koulikoro. Selon le "
     "ministère de la Défense, les combats avec l'armée ont coûté la vie à un civil et fait deux "
     "blessés parmi les sentinelles.", True),
    # (the word of an employer or of the forces' helpers names no civilians)
    ("Gunmen kill soldiers and auxiliaries near Ouahigouya",
     "Six soldiers and 34 members of Burkina Faso's civilian defence auxiliaries were killed on "
     "Saturday when gunmen attacked their detachment near Ouahigouya, authorities said.", False),
    ("Rockets hit military base in Niger's Tillabéri region",
     "No one was killed in the clash between soldiers and gunmen near Tillabéri, the army said, "
     "and most of the injured were soldiers and civilian employees with minor wounds.", False),
])
def test_one_civilian_killed_in_a_battle_is_a_side(
    gazetteer: Gazetteer, title: str, body: str, civilians: bool
) -> None:
    found = _extract(gazetteer, title, body)
    assert any(a.startswith("civilians-") for a in found.actors) is civilians


@pytest.mark.parametrize(("title", "body"), [
    ("Suicide bomber kills 15 near Manbij restaurant, including US troops",
     "A commander of the Syrian Democratic Forces said at least 15 people were killed in the "
     "blast outside a restaurant in central Manbij on Wednesday. \"The toll includes Americans, "
     "our forces and civilians,\" he said. The Islamic State claimed the suicide bombing."),
    ("Syrie : un attentat suicide à Manbij fait 19 morts, dont quatre Américains",
     "L'attentat suicide commis mercredi à Manbij a fait 19 morts, dont quatre Américains, selon "
     "l'OSDH, qui fait état de civils et de combattants locaux parmi les victimes. L'État "
     "islamique a revendiqué l'attaque."),
])
def test_civilians_among_a_bombings_dead_are_a_side(
    gazetteer: Gazetteer, title: str, body: str
) -> None:
    found = _extract(gazetteer, title, body)
    assert "civilians-sy" in found.actors


@pytest.mark.parametrize(("title", "summary", "body"), [
    ("Sanaa : plus de 140 morts dans la frappe contre une cérémonie funéraire",
     "La coalition dément avoir visé la salle, les rebelles Houthis l'accusent de « massacre ».",
     "Au moins 140 personnes ont été tuées samedi dans les frappes aériennes qui ont visé une "
     "salle où se tenait une cérémonie funéraire à Sanaa, a indiqué l'ONU."),
    ("Sanaa : plus de 140 morts dans la frappe contre une cérémonie funéraire", "",
     "Au moins 140 personnes ont été tuées samedi dans les frappes aériennes qui ont visé une "
     "salle où se tenait une cérémonie funéraire à Sanaa, a indiqué l'ONU. Les rebelles "
     "Houthis et leurs alliés accusent Riyad d'un « massacre »."),
])
def test_a_group_that_only_accuses_another_is_no_side(
    gazetteer: Gazetteer, title: str, summary: str, body: str
) -> None:
    found = _extract(gazetteer, title, body, summary)
    assert found.is_incident
    assert "houthis" not in found.actors


def test_a_strike_denied_on_a_funeral_hall_is_an_incident(gazetteer: Gazetteer) -> None:
    found = _extract(
        gazetteer, "Saudi-led coalition denies striking Sanaa funeral hall",
        "At least 140 people were killed on Saturday in air strikes on a funeral hall in Sanaa, "
        "the UN said, as Houthi officials called it a massacre.",
    )
    assert found.is_incident
    assert found.sub_event_type == "Air/drone strike"
    assert found.status is Status.DENIED


def test_a_state_that_acknowledges_it_carried_out_the_strike_claims_it(
    gazetteer: Gazetteer,
) -> None:
    found = _extract(
        gazetteer, "Saudi-led coalition says Sanaa air strike that killed 14 was a mistake",
        "RIYADH - The Saudi-led coalition fighting in Yemen on Saturday acknowledged that it "
        "carried out an air strike on a residential building in the capital Sanaa that killed "
        "at least 14 civilians, saying the bombing had been caused by a technical mistake.",
    )
    assert found.claimed_by == "military-forces-sa"
    assert found.status is Status.CONFIRMED


def test_a_south_sudanese_victim_is_no_sudanese(gazetteer: Gazetteer) -> None:
    found = _extract(
        gazetteer, "Soldiers rampaged through Juba compound, killing journalist, survivors say",
        "JUBA - Dozens of soldiers stormed a residential compound housing foreign aid workers in "
        "Juba, shooting dead a local journalist, according to survivors.\n\nJohn Gatluak, a "
        "South Sudanese journalist, was shot dead in front of residents.",
    )
    assert "civilians-ss" in found.actors
    assert "civilians-sd" not in found.actors


def test_a_police_school_attacked_has_the_police_for_its_target(gazetteer: Gazetteer) -> None:
    found = _extract(
        gazetteer, "Pakistan : au moins 60 morts dans l'attaque d'une école de police à Quetta",
        "Au moins 60 personnes, pour la plupart de jeunes recrues, ont été tuées lundi soir dans "
        "l'attaque d'une école de police à Quetta, a annoncé le ministre provincial de "
        "l'Intérieur. Les autorités accusent une faction du Lashkar-e-Jhangvi.",
    )
    assert "military-forces-pk-police" in found.actors


@pytest.mark.parametrize(("title", "body"), [
    ("Alep : le bilan de la frappe sur l'hôpital al-Qods s'alourdit",
     "La Russie et le régime syrien ont démenti jeudi toute responsabilité dans la frappe "
     "aérienne qui a détruit mercredi soir l'hôpital al-Qods à Alep, où au moins 27 personnes "
     "ont été tuées selon MSF."),
    ("Aleppo hospital strike: toll rises to 27",
     "Russia and the Syrian government denied on Thursday carrying out the air strike that "
     "destroyed the al-Quds hospital in Aleppo, where at least 27 people were killed."),
])
def test_states_that_deny_together_are_the_accused_side(
    gazetteer: Gazetteer, title: str, body: str
) -> None:
    assert "military-forces-ru" in _extract(gazetteer, title, body).actors


@pytest.mark.parametrize(("title", "body", "militia"), [
    ("Geneina violence as displaced flee burning camp",
     "Arab gunmen torched tents in Krinding camp in El Geneina, West Darfur, on Monday, "
     "killing at least 48 people, aid workers said.", "arab-militia-sd"),
    ("Nigeria : des éleveurs armés tuent dix villageois dans l'État de Benue",
     "Des éleveurs peuls armés ont tué dix villageois lundi à Guma, dans l'État de Benue, a "
     "annoncé la police.", "fulani-militia-ng"),
])
def test_attackers_told_by_their_people_are_that_people_s_militia(
    gazetteer: Gazetteer, title: str, body: str, militia: str
) -> None:
    assert militia in _extract(gazetteer, title, body).actors


@pytest.mark.parametrize(("title", "body"), [
    ("Gunmen kill 20 in raid on Jonglei cattle camp",
     "BOR - Gunmen killed at least 20 people in a raid on a cattle camp in Jonglei state on "
     "Sunday, officials said.\n\nThe county commissioner said the attackers, whom he identified "
     "as Murle youth from the Greater Pibor Administrative Area, drove away thousands of "
     "cattle."),
    ("Soudan du Sud : une vingtaine de morts dans l'attaque d'un camp de bétail",
     "Une vingtaine de personnes ont été tuées dimanche dans l'attaque d'un camp de bétail dans "
     "l'État du Jonglei, selon les autorités.\n\nLes assaillants, des jeunes armés de la "
     "communauté murle, venaient de quatre villages du comté de Gumuruk."),
])
def test_unnamed_attackers_identified_later_are_that_group(
    gazetteer: Gazetteer, title: str, body: str
) -> None:
    found = _extract(gazetteer, title, body)
    assert "murle-militia-ss" in found.actors
    assert "unidentified-armed-group-ss" not in found.actors


@pytest.mark.parametrize("body", [
    "JAYAPURA, Indonesia - Gunmen killed 10 traders on Saturday in Indonesia's restive Papua "
    "province, police said.\n\nPolice believe the attackers were members of the West Papua "
    "Liberation Army, the military wing of the Free Papua Movement.",
    "JAYAPURA, Indonesia - Gunmen killed 10 traders on Saturday in Indonesia's restive Papua "
    "province, police said.\n\nThe attackers were believed to be members of the West Papua "
    "Liberation Army.",
])
def test_gunmen_the_police_believe_were_a_group_s_are_that_group(
    gazetteer: Gazetteer, body: str
) -> None:
    found = _extract(gazetteer, "Gunmen kill 10 traders in Indonesia's Papua", body)
    assert "tpnpb" in found.actors
    assert "unidentified-armed-group-id" not in found.actors


@pytest.mark.parametrize(("title", "body"), [
    ("Dhusamareb: Jubaland and Galmudug troops trade fire",
     "Fighting between the forces of Jubaland and Galmudug killed five soldiers near Dhusamareb "
     "on Sunday, local officials said."),
    ("Dhusamareb : accrochages entre Jubaland et Galmudug",
     "Des combats entre les forces du Jubaland et du Galmudug ont fait cinq morts dimanche près "
     "de Dhusamareb, selon des responsables locaux."),
    ("Five killed as Jubaland and Galmudug troops clash near Dhusamareb",
     "Five soldiers were killed on Sunday near Dhusamareb, local officials said."),
])
def test_two_forces_told_with_one_noun_are_both_sides(
    gazetteer: Gazetteer, title: str, body: str
) -> None:
    found = _extract(gazetteer, title, body)
    assert {"jubaland-forces", "galmudug-forces"} <= set(found.actors)


@pytest.mark.parametrize(("title", "body", "army"), [
    ("Seven VDP killed in attack on Barsalogho outskirts",
     "Seven members of the Volunteers for the Defence of the Homeland were killed on Saturday "
     "when gunmen attacked their post outside Barsalogho, a local leader said.", False),
    ("Sanmatenga : sept VDP tués dans une attaque",
     "Sept Volontaires pour la défense de la patrie (VDP) ont été tués samedi lors d'une "
     "attaque d'individus armés contre leur poste, près de Barsalogho, selon un responsable "
     "local.", False),
    ("Four soldiers and three VDP killed near Barsalogho",
     "Four soldiers and three members of the VDP were killed on Saturday when gunmen attacked "
     "their post outside Barsalogho, a local leader said.", True),
])
def test_a_states_militiamen_killed_are_not_its_army(
    gazetteer: Gazetteer, title: str, body: str, army: bool
) -> None:
    found = _extract(gazetteer, title, body)
    assert "vdp" in found.actors
    assert ("military-forces-bf" in found.actors) is army


@pytest.mark.parametrize(("title", "body"), [
    ("Dozens killed in clashes between Dinka and Nuer communities in Jonglei",
     "At least 30 people were killed on Monday in fighting between members of the Dinka and "
     "Nuer communities near Bor, local officials said."),
    ("Jonglei : une trentaine de morts dans des affrontements intercommunautaires",
     "Au moins trente personnes ont été tuées lundi dans des affrontements entre membres des "
     "communautés dinka et nuer près de Bor, selon des responsables locaux."),
])
def test_two_communities_at_odds_name_their_militias(
    gazetteer: Gazetteer, title: str, body: str
) -> None:
    found = _extract(gazetteer, title, body)
    assert {"dinka-militia-ss", "nuer-militia-ss"} <= set(found.actors)


@pytest.mark.parametrize(("title", "body", "sides"), [
    ("Tribal clashes near Gereida kill 40",
     "Forty people were killed on Monday in fighting between Fallata herders and Rizeigat "
     "farmers near Gereida, South Darfur, the state's security committee said.",
     {"fallata-militia-sd", "rizeigat-militia-sd"}),
    ("Logone-Birni : une dizaine de morts dans des affrontements intercommunautaires",
     "Une dizaine de personnes ont été tuées mardi dans des affrontements entre éleveurs arabes "
     "choa et pêcheurs mousgoum près de Logone-Birni, selon des sources locales.",
     {"arab-shuwa-militia-cm", "musgum-militia-cm"}),
    ("Blue Nile: fighting pits Hausa residents against Hamaj",
     "At least 30 people were killed on Wednesday in Wad al-Mahi as fighting pitted Hausa "
     "residents against Hamaj, a branch of the Funj, the hospital director said.",
     {"hausa-militia-sd", "funj-militia-sd"}),
])
def test_communities_told_by_their_trades_name_their_militias(
    gazetteer: Gazetteer, title: str, body: str, sides: set[str]
) -> None:
    assert sides <= set(_extract(gazetteer, title, body).actors)


def test_the_white_army_is_the_nuer_militia_named(gazetteer: Gazetteer) -> None:
    found = _extract(gazetteer, "White Army fighters attack army base in Nasir",
                     "Armed Nuer youths of the White Army attacked an army base in Nasir on "
                     "Tuesday, killing several soldiers, officials said.")
    assert "white-army" in found.actors
    assert "nuer-militia-ss" not in found.actors


def test_another_states_police_by_a_name_that_names_no_state_is_not_its(
    gazetteer: Gazetteer,
) -> None:
    found = _extract(gazetteer, "Gunmen kill two at checkpoint in Syria's Hasakah",
                     "Gunmen opened fire on a checkpoint of the internal security forces of the "
                     "Kurdish-led administration in Hasakah on Sunday, killing two members, a "
                     "war monitor said.")
    assert found.country == "SY"
    assert "military-forces-lb-police" not in found.actors


def test_the_kurdistan_freedom_hawks_claim_their_bombing(gazetteer: Gazetteer) -> None:
    found = _extract(gazetteer, "Kurdish militant group TAK claims Istanbul bombing",
                     "The Kurdistan Freedom Hawks (TAK) claimed responsibility on Friday for "
                     "Wednesday's bombing of a police bus in Istanbul that killed 11 people.")
    assert found.claimed_by == "tak"


@pytest.mark.parametrize(("title", "body"), [
    ("At least 15 inmates killed in Latacunga prison riot",
     "At least 15 inmates were killed on Monday in clashes between rival gangs at the Latacunga "
     "prison, Ecuador's prison authority said."),
    ("Équateur : au moins quinze détenus tués dans une mutinerie à Latacunga",
     "Au moins quinze détenus ont été tués lundi dans des affrontements entre bandes rivales à "
     "la prison de Latacunga, a indiqué l'administration pénitentiaire."),
    # (a riot's toll counted in inmates, or the toll of a mutiny)
    ("Riot toll at Latacunga prison rises",
     "The death toll from a riot that erupted on Saturday at the Latacunga prison rose to 31 "
     "inmates on Tuesday, authorities said."),
    ("Prison de Latacunga : le bilan passe à 20 morts",
     "Le bilan de la mutinerie qui a éclaté dimanche à la prison de Latacunga s'élève à 20 "
     "morts, a annoncé le ministre de l'Intérieur."),
])
def test_inmates_killed_in_their_prison_are_prisoners(
    gazetteer: Gazetteer, title: str, body: str
) -> None:
    found = _extract(gazetteer, title, body)
    assert "prisoners-ec" in found.actors
    assert "civilians-ec" not in found.actors


def test_prisoners_of_war_are_not_inmates(gazetteer: Gazetteer) -> None:
    found = _extract(gazetteer, "Prisoner swap: 95 prisoners of war freed",
                     "Russia and Ukraine exchanged 95 prisoners of war on Wednesday, officials "
                     "said, a day after a strike killed four civilians in Kharkiv.")
    assert not any(a.startswith("prisoners-") for a in found.actors)


@pytest.mark.parametrize(("title", "body", "side"), [
    ("Gunmen attack military parade in Ahvaz",
     "Gunmen opened fire on a military parade in Ahvaz on Saturday, killing 25 people. A group "
     "called the Ahvaz National Resistance claimed responsibility.", "ahvaz-national-resistance"),
    ("Colombian army kills dissident commander near the Ecuador border",
     "Colombian troops killed a commander of the Oliver Sinisterra Front, a group of former FARC "
     "rebels, in clashes near Tumaco on Friday, the defence minister said.",
     "oliver-sinisterra-front"),
])
def test_smaller_armed_groups_are_named(
    gazetteer: Gazetteer, title: str, body: str, side: str
) -> None:
    assert side in _extract(gazetteer, title, body).actors


@pytest.mark.parametrize(("title", "body"), [
    ("Eleven killed in Rio police raid on Complexo da Maré",
     "RIO DE JANEIRO — At least eleven people were killed on Tuesday during a police operation "
     "against drug traffickers in the Complexo da Maré favelas of Rio de Janeiro, police said."),
    ("Brésil : onze morts dans une opération policière à Rio",
     "Au moins onze personnes ont été tuées mardi lors d'une opération de police contre des "
     "trafiquants dans les favelas du Complexo da Maré, à Rio de Janeiro, selon la police."),
])
def test_a_police_raid_on_gangs_is_a_fight_with_them(
    gazetteer: Gazetteer, title: str, body: str
) -> None:
    ext = _extract(gazetteer, title, body)
    assert (ext.event_type, ext.sub_event_type) == ("Battles", "Armed clash")
    assert set(ext.actors) == {"military-forces-br-police", "unidentified-armed-group-br"}


@pytest.mark.parametrize(("title", "body"), [
    ("Gunmen kill four policemen at checkpoint in Kashmir's Anantnag",
     "SRINAGAR — Four policemen were killed on Monday when militants opened fire on a police "
     "checkpoint in Anantnag, officials said."),
    ("Niger : douze militaires et deux civils tués dans une attaque près de Ouallam",
     "Douze militaires et deux civils ont été tués mardi dans une attaque contre un poste de "
     "l'armée près de Ouallam, a annoncé le ministère de la Défense."),
])
def test_an_attack_that_killed_soldiers_or_policemen_is_a_fight(
    gazetteer: Gazetteer, title: str, body: str
) -> None:
    ext = _extract(gazetteer, title, body)
    assert (ext.event_type, ext.sub_event_type) == ("Battles", "Armed clash")


def test_aid_volunteers_killed_in_an_attack_are_no_forces(gazetteer: Gazetteer) -> None:
    ext = _extract(gazetteer, "Three Red Cross volunteers killed in attack on convoy in Darfur",
                   "KHARTOUM — Three Red Cross volunteers were killed on Monday when gunmen "
                   "attacked their convoy near Nyala, the organisation said.")
    assert (ext.event_type, ext.sub_event_type) == ("Violence against civilians", "Attack")


@pytest.mark.parametrize(("published", "title", "body", "taliban"), [
    # before they took Kabul the Taliban fought the Afghan forces: a side of their clashes
    ("2021-07-16T10:00:00+00:00", "Photojournalist killed covering clashes in Spin Boldak",
     "A photojournalist was killed on Friday while covering a clash between Afghan special "
     "forces and Taliban fighters in the border town of Spin Boldak, an Afghan commander said.",
     True),
    ("2019-03-02T08:00:00+00:00", "Afghanistan : combats entre l'armée et les talibans à Kunduz",
     "Au moins dix soldats afghans ont été tués samedi dans des combats avec les talibans aux "
     "abords de Kunduz, a indiqué le ministère de la Défense.", True),
    # (nor a side when they deny a part in it)
    ("2019-03-02T08:00:00+00:00", "Bomb kills five Afghan soldiers in Kunduz",
     "A roadside bomb killed five Afghan soldiers in Kunduz on Saturday, officials said. The "
     "Taliban denied any involvement.", False),
])
def test_the_taliban_before_they_ruled_are_a_side(
    gazetteer: Gazetteer, published: str, title: str, body: str, taliban: bool
) -> None:
    found = _extract_on(gazetteer, published, title, body)
    assert "military-forces-af" in found.actors
    assert ("taliban" in found.actors) is taliban


def test_a_passive_claim_of_this_attack_holds_beside_another_time(gazetteer: Gazetteer) -> None:
    found = _extract_on(
        gazetteer, "2024-01-05T18:00:00+00:00",
        "Irak : un drone frappe une base aérienne près d'Erbil",
        "Un drone piégé a frappé vendredi une base aérienne au nord-est d'Erbil, sans faire de "
        "victime, ont annoncé les services antiterroristes kurdes.\n\nL'attaque a été "
        "revendiquée par la « Résistance islamique en Irak », une nébuleuse de factions qui "
        "multiplie depuis la mi-octobre les tirs de drones contre les forces américaines.")
    assert found.claimed_by == "islamic-resistance-in-iraq"


@pytest.mark.parametrize(("title", "body"), [
    # a country told by its initials, its stop before the arms it fires
    ("U.S. jets strike Islamic State camps near Libya's Sirte",
     "WASHINGTON — U.S. jets struck two Islamic State camps southwest of the Libyan city of "
     "Sirte late on Wednesday, killing dozens of militants, defence officials said."),
    # bombers are aircraft in French
    ("Libye : des bombardiers américains frappent des camps de l'EI près de Syrte",
     "Des bombardiers américains ont frappé mercredi soir deux camps du groupe État islamique "
     "près de Syrte, a annoncé le Pentagone."),
])
def test_a_state_s_aircraft_make_it_a_side(gazetteer: Gazetteer, title: str, body: str) -> None:
    found = _extract_on(gazetteer, "2017-01-19T15:00:00+00:00", title, body)
    assert "military-forces-us" in found.actors


def test_fighters_killed_by_bombers_are_an_air_strike(gazetteer: Gazetteer) -> None:
    found = _extract_on(
        gazetteer, "2017-01-20T08:30:00+00:00",
        "Libye : plus de 80 jihadistes tués par des bombardiers américains près de Syrte",
        "Plus de 80 combattants de l'EI ont été tués dans la nuit de mercredi à jeudi par des "
        "bombardiers américains contre deux camps situés près de Syrte, a annoncé jeudi le "
        "Pentagone.\n\nLes jihadistes visés avaient fui la ville après des mois de combats.")
    assert found.sub_event_type == "Air/drone strike"


def test_a_force_that_says_it_carried_out_no_strike_claims_none(gazetteer: Gazetteer) -> None:
    found = _extract_on(
        gazetteer, "2016-02-16T17:00:00+00:00",
        "Missiles destroy hospital in Syria's Maarat al-Numan, killing 25",
        "At least 25 people were killed when missiles destroyed a hospital in Maarat al-Numan "
        "on Monday, the charity that supports it said.\n\nThe US-led coalition against Islamic "
        "State has carried out strikes across Syria since 2014. The coalition said it had "
        "carried out no strikes in the area on Monday.")
    assert found.claimed_by is None


def test_a_country_its_people_reached_says_nothing_of_the_soldiers(gazetteer: Gazetteer) -> None:
    # ("... who reached Bangladesh say soldiers opened fire": Myanmar's soldiers)
    found = _extract(
        gazetteer, "Rohingya survivors describe killings in Rakhine village of Chut Pyin",
        "Rohingya who fled the village of Chut Pyin, near Rathedaung in Myanmar's Rakhine State, "
        "say soldiers killed dozens of residents on Sunday.",
        "Villagers who reached Bangladesh say soldiers opened fire and set homes ablaze.")
    assert "military-forces-bd" not in found.actors


@pytest.mark.parametrize(
    ("title", "body", "absent", "present"),
    [
        # Cameroon's opposition party, spelled out: not Syria's forces
        ("Cameroon: SDF senator shot dead in Bamenda",
         "BAMENDA — Gunmen shot dead a senator of the Social Democratic Front (SDF) on Tuesday "
         "evening, police said, blaming Ambazonian separatists.",
         "sdf", "ambazonia"),
        # the group itself spelled out keeps its acronym
        ("Syria: SDF repel Islamic State attack in Deir ez-Zor",
         "DEIR EZ-ZOR — The Syrian Democratic Forces (SDF) said on Monday they had repelled an "
         "Islamic State attack on a checkpoint, killing five militants.",
         None, "sdf"),
    ],
)
def test_an_acronym_spelled_out_as_another_bodys_name(
    gazetteer: Gazetteer, title: str, body: str, absent: str | None, present: str
) -> None:
    found = _extract(gazetteer, title, body)
    assert present in found.actors
    assert absent is None or absent not in found.actors


@pytest.mark.parametrize(
    ("title", "body", "actors"),
    [
        ("Honduras : 19 détenues tuées dans la prison pour femmes de Támara",
         "TEGUCIGALPA — Dix-neuf détenues ont été tuées mardi dans la prison pour femmes de "
         "Támara, ont annoncé les autorités.", {"prisoners-hn"}),
        ("At least 19 women killed in attack at women's prison in Honduras",
         "TEGUCIGALPA — At least 19 women were killed on Tuesday when inmates linked to the "
         "Barrio 18 gang attacked a rival cellblock at the women's prison in Támara, officials "
         "said.", {"prisoners-hn", "barrio-18"}),
    ],
)
def test_inmates_killed_by_inmates_are_prisoners(
    gazetteer: Gazetteer, title: str, body: str, actors: set[str]
) -> None:
    found = _extract(gazetteer, title, body)
    assert actors <= set(found.actors)
    assert "civilians-hn" not in found.actors


@pytest.mark.parametrize(
    ("title", "body", "absent"),
    [
        ("Five killed in Pakistani market attack",
         "PESHAWAR — Gunmen killed five people at a market in Peshawar on Sunday, police said.",
         "military-forces-pk"),
        ("Gunmen kill 12 in Nigerian prison attack",
         "ABUJA — Gunmen killed 12 people in a jail in Kogi on Sunday, police said.",
         "military-forces-ng"),
    ],
)
def test_a_nationality_before_the_place_an_attack_hit_names_no_forces(
    gazetteer: Gazetteer, title: str, body: str, absent: str
) -> None:
    assert absent not in _extract(gazetteer, title, body).actors


def test_the_states_security_branches_hit_are_its_forces(gazetteer: Gazetteer) -> None:
    found = _extract(
        gazetteer, "Homs : double assaut contre les services de sécurité, 42 morts",
        "BEYROUTH — Des kamikazes ont attaqué samedi deux sièges des services de sécurité à "
        "Homs, tuant 42 personnes, selon l'OSDH.")
    assert "military-forces-sy" in found.actors


def test_a_woman_civilian_counted_beside_the_police_is_a_civilian(gazetteer: Gazetteer) -> None:
    found = _extract(
        gazetteer, "Colombie : un attentat tue deux policiers et une civile à Tibú",
        "BOGOTA — Un engin explosif a tué mercredi deux policiers et une civile au passage d'une "
        "patrouille dans le centre de Tibú, a annoncé la police.")
    assert "civilians-co" in found.actors


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # drones on an airfield in Russia, their launchers untold
        ("Fuel tank ablaze at Belgorod military airfield after drone attack",
         "A fuel tank caught fire at a military airfield outside Belgorod early on Tuesday after "
         "a drone attack, the regional governor said. Nobody was hurt."),
        # a naval base, told in French, Ukraine's sea drones named
        ("Russie : une attaque de drones navals contre la base navale de Novorossiïsk",
         "Le ministère russe de la Défense a annoncé avoir repoussé dans la nuit une attaque de "
         "drones navals ukrainiens contre la base navale de Novorossiïsk, dans le sud de la "
         "Russie. Deux embarcations ont été détruites."),
    ],
)
def test_ukraines_strike_on_a_base_in_russia_hits_russias_army(
    gazetteer: Gazetteer, title: str, body: str
) -> None:
    found = _extract(gazetteer, title, body)
    assert {"military-forces-ua", "military-forces-ru"} <= set(found.actors)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Idlib : au moins 12 civils tués par des tirs de roquettes sur un marché",
         "Au moins douze civils ont été tués mardi par des roquettes tirées par les forces du "
         "régime sur un marché de Sarmin, dans la province d'Idleb, selon l'OSDH."),
        ("Rockets hit displaced camp in Idlib, killing five",
         "Rockets fired from government-held areas struck a camp for displaced people near "
         "Sarmin in Idlib province on Tuesday, killing five civilians, rescuers said."),
    ],
)
def test_the_regimes_forces_told_without_the_country_are_its_army(
    gazetteer: Gazetteer, title: str, body: str
) -> None:
    assert "military-forces-sy" in _extract(gazetteer, title, body).actors


def test_government_forces_only_blamed_by_the_accused_are_no_side(gazetteer: Gazetteer) -> None:
    found = _extract(
        gazetteer, "Rebels deny killing 40 villagers in western Oromia",
        "ADDIS ABABA — The Oromo Liberation Army denied on Sunday killing 40 villagers in "
        "Gimbi district, which the regional government blamed on the rebels. The group says "
        "government forces and militias were responsible.")
    assert "military-forces-et" not in found.actors


@pytest.mark.parametrize(
    ("title", "body", "victims"),
    [
        ("Gunmen kill 20 migrants in Libyan desert town, 16 of them Bangladeshi",
         "TRIPOLI — Gunmen shot dead 20 migrants in the desert town of Mizda on Wednesday, the "
         "interior ministry said.", "civilians-bd"),
        ("Mexique : des migrants guatémaltèques parmi les 12 corps retrouvés au Tamaulipas",
         "Le gouvernement guatémaltèque a indiqué que des migrants guatémaltèques figuraient "
         "parmi les douze personnes tuées par balles près de Camargo, au Tamaulipas.",
         "civilians-gt"),
        ("Gunmen kill aid worker in Yemen's Taiz",
         "TAIZ — Gunmen on a motorcycle killed an aid worker in the town of al-Turbah on "
         "Friday. The victim, a Jordanian national who headed the agency's office, was shot "
         "outside a restaurant, local officials said.", "civilians-jo"),
    ],
)
def test_foreign_victims_told_as_migrants_counted_among_the_dead_or_shot(
    gazetteer: Gazetteer, title: str, body: str, victims: str
) -> None:
    assert victims in _extract(gazetteer, title, body).actors


@pytest.mark.parametrize(
    ("title", "body", "absent"),
    [
        # the attacker's nationality told with a verb
        ("Tel-Aviv : quatre blessés dans une attaque au couteau, l'assaillant est un "
         "ressortissant marocain",
         "Quatre personnes ont été blessées à coups de couteau mardi dans le centre de "
         "Tel-Aviv, a indiqué la police israélienne.", "civilians-ma"),
        # the drones' maker, not people
        ("Russia launches drone attack on Kyiv, five injured",
         "Russia hit Kyiv overnight, launching 75 Iranian-made Shahed drones, 74 of which were "
         "shot down. Five people were injured, the mayor said.", "civilians-ir"),
    ],
)
def test_a_nationality_that_is_not_the_victims(
    gazetteer: Gazetteer, title: str, body: str, absent: str
) -> None:
    assert absent not in _extract(gazetteer, title, body).actors


def test_a_roadside_bomb_on_named_soldiers_was_planted_by_someone(gazetteer: Gazetteer) -> None:
    found = _extract(
        gazetteer, "Two Malian soldiers killed as convoy hits roadside bomb near Douentza",
        "Two Malian soldiers were killed and four wounded on Wednesday when an army convoy "
        "struck an improvised explosive device near Douentza, the armed forces said. No group "
        "claimed the attack.")
    assert {"military-forces-ml", "unidentified-armed-group-ml"} <= set(found.actors)


def test_civilians_an_attack_avenged_are_not_its_victims(gazetteer: Gazetteer) -> None:
    found = _extract(
        gazetteer, "Mali : attaque jihadiste contre le camp militaire de Dioura",
        "BAMAKO — Des jihadistes ont attaqué dimanche le camp militaire de Dioura, tuant "
        "plusieurs soldats. Le JNIM affirme avoir agi pour venger les civils peuls tués dans le "
        "centre du pays.")
    assert "civilians-ml" not in found.actors


def test_the_kin_counted_beside_a_foreign_victim_are_of_his_people(gazetteer: Gazetteer) -> None:
    found = _extract(
        gazetteer,
        "Cisjordanie : un Israélien tué, sa femme et deux enfants blessés dans une attaque près "
        "d'Hébron",
        "Un Israélien a été tué et trois membres de sa famille blessés vendredi lorsque des "
        "assaillants ont ouvert le feu sur leur voiture près d'Hébron, en Cisjordanie, a "
        "indiqué l'armée.")
    assert "civilians-il" in found.actors and "civilians-ps" not in found.actors


def test_the_army_quoted_with_a_co_source_is_no_side_and_was_not_hit(
    gazetteer: Gazetteer,
) -> None:
    found = _extract(
        gazetteer, "Two Israelis killed in shooting attack at Barkan industrial zone",
        "Two Israelis were killed on Sunday morning when a Palestinian gunman opened fire inside "
        "a factory in the Barkan industrial zone in the northern West Bank, the Israeli army and "
        "rescue services said.")
    assert found.sub_event_type == "Attack" and "civilians-il" in found.actors
    assert "military-forces-il" not in found.actors


def test_the_group_one_of_the_slain_militants_belonged_to_is_the_side(
    gazetteer: Gazetteer,
) -> None:
    found = _extract(
        gazetteer, "Five security men killed in Handwara encounter; two militants shot dead",
        "SRINAGAR - Five security personnel were killed in a gunfight with militants at "
        "Chanjmulla village in north Kashmir's Handwara area, officials said. Two militants "
        "were also killed.\n\nThe Inspector General of Police said one of the slain militants "
        "was a Pakistani commander of the Lashkar-e-Taiba.")
    assert "lashkar-e-taiba" in found.actors
    assert not any(a.startswith("unidentified-") for a in found.actors)


@pytest.mark.parametrize(
    ("title", "body", "country"),
    [
        ("Bani attack toll rises to 25",
         "The death toll from Saturday's attack on Bani, a town in Burkina Faso's Séno "
         "province, has risen to 25, including 22 civilians and three police officers, the "
         'governor said. The town had been the target of "a violent attack perpetrated by '
         'armed terrorist groups", he said.', "bf"),
        ("Niger : neuf soldats tués dans une attaque près de Téra",
         "NIAMEY — Neuf soldats nigériens ont été tués mardi dans une attaque perpétrée par des "
         "groupes armés terroristes contre leur poste près de Téra, a annoncé le ministère de "
         "la Défense.", "ne"),
    ],
)
def test_the_communiques_armed_terrorist_groups_are_unidentified_attackers(
    gazetteer: Gazetteer, title: str, body: str, country: str
) -> None:
    assert f"unidentified-armed-group-{country}" in _extract(gazetteer, title, body).actors


def test_a_people_told_by_its_faith_is_not_a_states_army(gazetteer: Gazetteer) -> None:
    found = _extract(
        gazetteer, "Kurdish and Shi'ite Turkmen forces clash in Iraq's Tuz Khurmatu",
        "TUZ KHURMATU, Iraq - Fighting broke out late on Saturday between Kurdish Peshmerga "
        "forces and Shi'ite Turkmen fighters of the Popular Mobilisation in the northern Iraqi "
        "town of Tuz Khurmatu, killing several people, local officials said.")
    assert "military-forces-tm" not in found.actors
    assert {"peshmerga", "hashd"} <= set(found.actors)


def test_ground_one_group_took_from_another_is_not_the_states(gazetteer: Gazetteer) -> None:
    found = _extract(
        gazetteer, "Syrie : les forces kurdes annoncent avoir chassé l'EI de Hajine",
        "Les Forces démocratiques syriennes (FDS) ont annoncé vendredi avoir pris le contrôle "
        "de Hajine, dernière ville importante tenue par le groupe État islamique (EI) dans "
        "l'est de la Syrie.")
    assert {"sdf", "islamic-state"} <= set(found.actors)
    assert "military-forces-sy" not in found.actors


def test_ground_an_alliance_took_is_still_fought_for_by_the_state(gazetteer: Gazetteer) -> None:
    found = _extract(
        gazetteer, "Myanmar rebels seize Laukkai",
        "The Myanmar National Democratic Alliance Army and the Ta'ang National Liberation Army "
        "said on Friday they had captured the town of Laukkai in northern Shan State.")
    assert "military-forces-mm" in found.actors


def test_a_short_form_the_report_glosses_stands_for_the_group(gazetteer: Gazetteer) -> None:
    found = _extract(
        gazetteer, "Syrie : une embuscade de l'EI tue cinq combattants des FDS",
        "Cinq combattants ont été tués samedi dans une embuscade du groupe État islamique "
        "près de Souwar, ont indiqué les Forces démocratiques syriennes (FDS).\n\n"
        "Les jihadistes ont attaqué un convoi des FDS sur la route de Deir ez-Zor, selon "
        "l'Observatoire syrien des droits de l'homme.")
    assert "sdf" in found.actors


def test_who_holds_the_ground_a_rocket_was_fired_from_fired_it(gazetteer: Gazetteer) -> None:
    found = _extract(
        gazetteer, "Rocket fired from Syria hits school in Turkish border town, killing one",
        "KILIS, Turkey - A rocket fired from Syria slammed into a school in the Turkish border "
        "town of Kilis on Monday, killing a school employee, local officials said.\n\nThe "
        "governor's office said the projectile had been fired from territory held by Islamic "
        "State militants on the other side of the frontier.")
    assert "islamic-state" in found.actors
    assert not any(a.startswith("unidentified-") for a in found.actors)


def test_a_chemical_attack_from_the_regimes_planes_is_the_states(gazetteer: Gazetteer) -> None:
    found = _extract(
        gazetteer, "Syrie : nouvelle attaque présumée à l'arme chimique sur Latamné",
        "Plusieurs dizaines de personnes ont été traitées pour des difficultés respiratoires "
        "après un bombardement aérien jeudi sur Latamné, dans le nord de la province de Hama, "
        "évoquant l'usage présumé d'une substance toxique. Selon des militants, les bombes "
        "ont été larguées par des avions du régime.")
    assert found.sub_event_type == "Chemical weapon" and "military-forces-sy" in found.actors


def test_a_weapon_another_fires_is_told_by_its_maker(gazetteer: Gazetteer) -> None:
    found = _extract(
        gazetteer, "Ukraine fires British Storm Shadow missiles into Russia for first time",
        "Ukraine fired Storm Shadow cruise missiles at targets in Russia's Kursk region on "
        "Wednesday, according to reports citing a Western official.")
    assert "military-forces-ua" in found.actors and "military-forces-gb" not in found.actors


def test_a_country_that_fired_in_french_is_its_forces(gazetteer: Gazetteer) -> None:
    found = _extract(
        gazetteer, "Missiles tirés sur la région de Koursk",
        "L'Ukraine a tiré mercredi des missiles sur la région de Koursk, selon Moscou.")
    assert found.actors == ("military-forces-ua",)


@pytest.mark.parametrize("text", [
    "préparés par la Direction principale du renseignement du ministère ukrainien de la Défense",
    "a source in Ukrainian military intelligence said",
])
def test_ukraines_military_intelligence_told_at_length(gazetteer: Gazetteer, text: str) -> None:
    assert "military-forces-ua-gur" in {m.id for m in gazetteer.scan(text)}


@pytest.mark.parametrize(("title", "body"), [
    ("Suicide bomber hits FC checkpoint near Quetta, three killed",
     "QUETTA - A suicide bomber rammed into a paramilitary vehicle at a checkpoint on the "
     "outskirts of Quetta on Sunday, killing three Frontier Corps personnel and wounding 20 "
     "people, police said. The police chief said 18 of the wounded were security personnel and "
     "two were passers-by."),
    ("Pakistan : quatre paramilitaires tués dans un attentat-suicide près de Quetta",
     "Quatre membres du Frontier Corps ont été tués et dix-neuf personnes blessées dimanche "
     "dans un attentat-suicide contre un poste de contrôle près de Quetta. La plupart des "
     "blessés sont des membres des forces de sécurité ; deux passants figurent parmi eux."),
])
def test_bystanders_counted_among_the_forces_wounded_are_civilians(
    gazetteer: Gazetteer, title: str, body: str
) -> None:
    assert "civilians-pk" in _extract(gazetteer, title, body).actors


def test_a_woman_told_killed_in_the_passe_compose_is_a_civilian(gazetteer: Gazetteer) -> None:
    found = _extract(
        gazetteer, "Cauca : attaque de drones contre le commissariat de Suárez",
        "Une femme de nationalité équatorienne a été tuée mercredi après-midi dans une attaque "
        "à l'explosif contre le commissariat de Suárez, dans le département colombien du Cauca, "
        "ont confirmé les autorités locales.")
    assert any(a.startswith("civilians-") for a in found.actors)


def test_civilians_in_a_toll_broken_down_two_paragraphs_on(gazetteer: Gazetteer) -> None:
    found = _extract(
        gazetteer, "Colombie : des cylindres explosifs lancés contre un commissariat du Cauca",
        "L'attaque à l'explosif qui a tué trois policiers vendredi soir à Santander de "
        "Quilichao, dans le Cauca, a été commise par une dissidence des FARC, a affirmé le "
        "gouverneur.\n\nSelon lui, les assaillants ont tiré quatre cylindres chargés "
        "d'explosifs sur le commissariat.\n\nOutre les trois policiers tués, le bilan fait état "
        "de dix blessés : sept agents et trois civils.")
    assert "civilians-co" in found.actors


def test_a_short_form_glossing_the_holder_of_the_ground_is_the_setting(
    gazetteer: Gazetteer,
) -> None:
    found = _extract(
        gazetteer, "Soudan : une vingtaine de morts dans un raid aérien sur un marché de Khartoum",
        "Une vingtaine de personnes ont été tuées samedi dans un bombardement aérien sur le "
        "marché central, dans le sud de Khartoum, selon des secouristes.\n\nLes secouristes ont "
        "attribué le raid à l'aviation de l'armée soudanaise, qui frappe depuis vendredi les "
        "quartiers du sud de la capitale, tenus par les Forces de soutien rapide (FSR).")
    assert "rsf" not in found.actors and "civilians-sd" in found.actors


def test_a_group_that_says_it_was_not_behind_the_fire_is_no_side(gazetteer: Gazetteer) -> None:
    found = _extract(
        gazetteer, "Une trentaine de roquettes tirées du Liban sur le nord d'Israël, Israël "
        "accuse le Hamas",
        "Trente-quatre roquettes ont été tirées jeudi depuis le sud du Liban vers le nord "
        "d'Israël, a annoncé l'armée israélienne.\n\n« Ce sont des factions palestiniennes liées "
        "au Hamas qui ont tiré », a affirmé un porte-parole militaire. Une source du Hezbollah a "
        "assuré que le mouvement chiite n'était « pas derrière » ces tirs.",
        summary="Trois blessés légers à Shlomi. Le Hezbollah dément toute implication.")
    assert "hezbollah" not in found.actors and found.status != "denied"


def test_a_woman_in_a_long_breakdown_of_the_wounded_is_a_civilian(
    gazetteer: Gazetteer,
) -> None:
    found = _extract(
        gazetteer, "Une trentaine de roquettes tirées du Liban sur le nord d'Israël",
        "Trente-quatre roquettes ont été tirées jeudi depuis le sud du Liban vers le nord "
        "d'Israël, a annoncé l'armée israélienne.\n\nPlusieurs projectiles se sont abattus sur "
        "Shlomi. Trois personnes ont été légèrement blessées : deux hommes de 26 et 19 ans "
        "touchés par des éclats, l'un à moto, l'autre au volant de sa voiture, et une femme de "
        "60 ans qui a chuté en courant vers un abri.")
    assert "civilians-il" in found.actors
