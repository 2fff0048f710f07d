"""Rule families of extraction, EN and FR: numbers, casualties, dates, status, event types."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from bot.domain._dates import incident_date
from bot.domain._numbers import Casualties, casualties, find_numbers, nil_toll
from bot.domain.extract import extract
from bot.domain.gazetteer import Gazetteer
from bot.domain.models import Article, Status


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("quarante-trois", 43),
        ("quatre-vingt-dix-neuf", 99),
        ("vingt et un", 21),
        ("two hundred and five", 205),
        ("deux mille", 2000),
        ("1,200", 1200),
        ("6 000", 6000),
        ("une dizaine", 10),
        ("a dozen", 12),
    ],
)
def test_numbers_in_digits_and_words(text: str, value: int) -> None:
    assert [n.value for n in find_numbers(text)] == [value]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Three American service members were killed and at least 34 wounded.", (3, 34)),
        ("Trois militaires américains ont été tués dimanche et au moins 34 blessés.", (3, 34)),
        ("tuant plus de 70 personnes, selon des sources qui évoquent 77 morts et 255 blessés.",
         (77, 255)),
        ("L’attaque n’a fait aucune victime.", (0, 0)),
        ("There were no casualties.", (0, 0)),
        ("Quarante-quatre civils ont été tués et treize blessés.", (44, 13)),
        ("Plus de 100 personnes, dont une trentaine d'enfants, ont été tuées.", (100, None)),
        ("Au moins 70 personnes, dont dix femmes et trois nourrissons, ont été tuées.",
         (70, None)),
        ("killing at least 24 people, including 14 soldiers, and wounding 46.", (24, 46)),
        ("Un drone a tué une dizaine de personnes.", (10, None)),
        ("Houthi missile kills three crew.", (3, None)),
        ("No one was killed, but 25 people were injured.", (0, 25)),
        ("a fait 121 morts et 333 blessés", (121, 333)),
        ("Plus de 6 000 personnes ont fui la commune.", (None, None)),
        ("The strike involved two drones.", (None, None)),
        ("They killed 1,000,000 people, he said.", (None, None)),
        ("The war has displaced seven million people.", (None, None)),
        # who the dead were, told between commas, is no other count
        ("Deux Israéliens, un père et son fils, ont été tués samedi par un tireur.", (2, None)),
        ("Seven people, including a doctor and six workers, were killed on Sunday.", (7, None)),
        ("Deux journalistes, dont Hamza Dahdouh, le fils aîné du chef du bureau, ont été tués "
         "dimanche.", (2, None)),
        # a nil toll of one side is none of the event's
        ("L'attaque a été repoussée sans faire de victime parmi les militaires américains.",
         (None, None)),
        # an age beside a person
        ("Rescuers said the woman, 40, was pronounced dead at the scene.", (None, None)),
        # a toll of the wounded told after a long subject
        ("Le bilan de l'attaque menée mercredi contre Zaporijjia, dans le sud-est du pays, "
         "s'est alourdi à 113 blessés, ont annoncé jeudi les autorités.", (None, 113)),
        # throats cut are the dead
        ("The assailants cut the throats of 18 people, wounded two others and kidnapped 10 "
         "women.", (18, 2)),
    ],
)
def test_casualties(sentence: str, expected: tuple[int | None, int | None]) -> None:
    toll = casualties([sentence])
    assert (toll.fatalities, toll.injured) == expected


# Saturday 21 October 2023, 18:00 UTC
PUB = datetime(2023, 10, 21, 18, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Une base a été visée samedi par un drone.", date(2023, 10, 21)),
        ("The base was attacked on Saturday.", date(2023, 10, 21)),
        ("The base was attacked on Wednesday.", date(2023, 10, 18)),
        ("Une attaque a eu lieu hier soir.", date(2023, 10, 20)),
        ("L'attaque a eu lieu mardi à l'aube.", date(2023, 10, 17)),
        ("dans la nuit de vendredi à samedi", date(2023, 10, 21)),
        ("attaqué jeudi, a annoncé samedi le ministère", date(2023, 10, 19)),
        ("lundi dernier", date(2023, 10, 16)),
        ("on October 19, officials said", date(2023, 10, 19)),
        ("le 19 octobre", date(2023, 10, 19)),
        ("Hamas attacked Israel on October 7.", date(2023, 10, 21)),  # history, not the event
        ("no date at all", date(2023, 10, 21)),
    ],
)
def test_relative_dates(text: str, expected: date) -> None:
    assert incident_date([text], PUB) == expected


@pytest.mark.parametrize(("lead", "later", "expected"), [
    # a lead whose day is only the statement's: the next paragraph's day, three days back, is
    # the attack's
    ("The rebels claimed responsibility on Saturday for the killing of 19 road workers.",
     "Its fighters had attacked the workers' camp on Wednesday, the group said.",
     date(2023, 10, 18)),
    ("Le chef de la police a fait état samedi de 19 ouvriers tués sur le chantier.",
     "Les ouvriers ont été attaqués mercredi à l'aube.", date(2023, 10, 18)),
    # (a lead that dates the event itself keeps a closer floor: Wednesday's is an earlier one)
    ("Gunmen attacked the camp on Saturday, police said.",
     "The same group had raided a village on Wednesday.", date(2023, 10, 21)),
])
def test_a_lead_dated_by_its_statement_leaves_the_day_to_the_body(
    lead: str, later: str, expected: date
) -> None:
    assert incident_date([lead], PUB, later=[later]) == expected


def _article(title: str, body: str, published: str = "2024-06-01T12:00:00Z") -> Article:
    return Article(id="x", source="s", url="https://news.example/x",
                   published=datetime.fromisoformat(published.replace("Z", "+00:00")),
                   title=title, body=body)


@pytest.mark.parametrize(
    ("title", "body", "status"),
    [
        ("Drone strike hits US base in Syria",
         "A drone hit a base housing US troops in Syria on Friday. The Islamic Resistance in "
         "Iraq claimed responsibility. The Pentagon said it could not confirm the attack.",
         Status.CLAIMED),
        # the headline telling the group's deed as a fact, with the officials' word, is
        # confirmed: the claim adds its author, not a doubt
        ("Houthi missile kills three crew off Aden",
         "A Houthi missile struck a ship off Aden on Friday, killing three crew, the US "
         "military said. The Houthis claimed the attack.",
         Status.CONFIRMED),
        ("Mali : des jihadistes du JNIM attaquent un camp militaire à Boulkessi",
         "BAMAKO — Des jihadistes du JNIM ont attaqué mardi le camp militaire de Boulkessi, "
         "tuant une dizaine de soldats, selon des sources sécuritaires. Le groupe a revendiqué "
         "l'attaque. L'armée a reconnu des pertes.",
         Status.CONFIRMED),
        # ... but not a claim alone in the headline
        ("Islamic State claims deadly bombing at Kabul mosque",
         "KABUL — A bomb killed 12 worshippers at a mosque in Kabul on Friday, police said. "
         "Islamic State said its fighters carried out the attack.",
         Status.CLAIMED),
        # the accused denying an aim, not the strike the officials tell, is no denial
        ("Missile strike hits hospital in Kharkiv",
         "KHARKIV — A Russian missile struck a hospital in Kharkiv on Monday, killing three "
         "people, regional officials said. Moscow denied targeting civilians.",
         Status.CONFIRMED),
        ("Attaque contre un poste de police à Diffa",
         "Des hommes armés ont attaqué vendredi un poste de police à Diffa, au Niger, tuant "
         "deux policiers, a annoncé le gouvernement. Aucun groupe n'a revendiqué l'attaque.",
         Status.CONFIRMED),
        ("Explosion reported near Mosul",
         "An explosion was heard near Mosul on Friday, residents said. The cause could not be "
         "independently verified.",
         Status.UNCONFIRMED),
        ("Drones hit Belgorod, Ukraine denies involvement",
         "Two drones hit a building in Belgorod on Friday, Russian officials said. Ukraine "
         "denied any involvement.",
         Status.DENIED),
        # the UN's missions, the OSCE and a command's staff speak for the state's side
        ("Liban : un Casque bleu tué dans une embuscade près de Saïda",
         "Un Casque bleu a été tué mercredi soir lorsque son véhicule a été la cible de tirs "
         "près de Saïda, a annoncé la Finul dans un communiqué.",
         Status.CONFIRMED),
        ("Three Ukrainian soldiers killed in shelling near Avdiivka",
         "Three Ukrainian soldiers were killed on Tuesday when separatist forces shelled their "
         "positions near Avdiivka, the Joint Forces Operation headquarters said.",
         Status.CONFIRMED),
        # a detail the report could not verify (a video, a claim, a figure) leaves the
        # officials' word standing; the event itself unverified does not
        ("Soudan : les FSR prennent la base de Wad Madani, l'armée le reconnaît",
         "Les FSR ont pris mardi la base militaire de Wad Madani, a reconnu l'armée dans un "
         "communiqué. Les paramilitaires ont diffusé des vidéos de leurs combattants dans la "
         "base, qui n'ont pas pu être vérifiées de manière indépendante.",
         Status.CONFIRMED),
        # a denial a state always makes denies nothing of this strike
        ("Ukraine : au moins quinze morts dans la frappe d'un marché à Kramatorsk",
         "Au moins quinze personnes ont été tuées mercredi par une frappe russe sur un marché de "
         "Kramatorsk, selon le ministre de l'Intérieur ukrainien. Moscou, qui dément viser les "
         "civils, n'a pas commenté.",
         Status.CONFIRMED),
        # the arms beside the army, police sources, prison services speak for the state
        ("Irak : un attentat à la voiture piégée fait douze morts à Samarra",
         "Une voiture piégée a explosé jeudi près d'un marché de Samarra, tuant douze "
         "personnes, selon des sources policières.",
         Status.CONFIRMED),
        ("Gunmen killed in shootout with marines in western Mexico",
         "Five suspected gunmen were killed on Friday in a shootout with marines near Uruapan, "
         "the navy said.",
         Status.CONFIRMED),
        ("Équateur : cinq détenus tués dans une rixe à la prison de Latacunga",
         "Cinq détenus ont été tués mardi lors d'affrontements entre bandes rivales dans la "
         "prison de Latacunga, a indiqué le service pénitentiaire.",
         Status.CONFIRMED),
        # the head of a civil society group, and Syria's opposition rescuers, are no officials
        ("RDC : six civils tués dans une attaque de miliciens près de Bunia",
         "Six civils ont été tués dimanche dans une attaque de miliciens contre le village de "
         "Lopa, près de Bunia, a annoncé le président de la société civile locale.",
         Status.REPORTED),
        ("Shelling kills eight in Syria's Atarib",
         "Artillery shells hit a market in Atarib on Sunday, killing eight people, the Syrian "
         "Civil Defence said.",
         Status.REPORTED),
        # no official quoted, and the report says further down it could not verify the toll
        ("Gunmen kill 14 villagers in Nigeria's Zamfara, residents say",
         "Gunmen on motorcycles killed 14 villagers in Zamfara state on Sunday, residents said."
         "\n\nThey burnt houses and took away cattle, a farmer said.\n\nSurvivors fled to a "
         "nearby town.\n\nThe toll could not be independently verified.",
         Status.UNCONFIRMED),
        # a denial taken back: the admission is the news
        ("Nigeria : l'armée de l'air reconnaît une frappe sur un village de Borno",
         "L'armée de l'air nigériane a reconnu jeudi qu'un de ses appareils avait tué six "
         "civils mercredi près d'un village de Borno, après avoir dans un premier temps démenti "
         "toute implication.",
         Status.CONFIRMED),
        ("Strike kills 12 in Idlib, officials say",
         "An air strike killed 12 people in Idlib on Monday, local officials said. The strike "
         "could not be independently verified.",
         Status.UNCONFIRMED),
    ],
)
def test_status(gazetteer: Gazetteer, title: str, body: str, status: Status) -> None:
    ext = extract(_article(title, body), gazetteer)
    assert ext.is_incident
    assert ext.status is status


@pytest.mark.parametrize(
    ("title", "body", "event", "sub"),
    [
        ("Suicide bomber kills 20 in Damascus church",
         "A suicide bomber blew himself up in a church in Damascus on Sunday, killing 20.",
         "Explosions/Remote violence", "Suicide bomb"),
        ("Syrie : attentat-suicide dans une église de Damas",
         "Un kamikaze s'est fait exploser dimanche dans une église de Damas, tuant 20 fidèles.",
         "Explosions/Remote violence", "Suicide bomb"),
        ("Car bomb kills 10 in Mogadishu",
         "A car bomb exploded near a market in Mogadishu on Saturday, killing 10 people.",
         "Explosions/Remote violence", "Remote explosive/landmine/IED"),
        ("Frappe aérienne sur un village de Sagaing",
         "Un avion de chasse de l'armée birmane a bombardé mardi un village de Sagaing, tuant "
         "une dizaine de civils.",
         "Explosions/Remote violence", "Air/drone strike"),
        ("Russian shelling kills two in Kherson",
         "Russian artillery shelled Kherson on Monday, killing two residents.",
         "Explosions/Remote violence", "Shelling/artillery/missile attack"),
        ("Clashes between army and rebels near Kidal",
         "Fighting broke out on Saturday between the Malian army and rebels near Kidal, "
         "leaving several soldiers dead.",
         "Battles", "Armed clash"),
        ("Des hommes armés tuent 44 fidèles dans une mosquée",
         "Des hommes armés ont attaqué vendredi une mosquée de Fambita, au Niger, tuant 44 "
         "civils, selon le gouvernement.",
         "Violence against civilians", "Attack"),
        ("Sudan army retakes Wad Madani from RSF",
         "PORT SUDAN, Jan 11 — Sudan's army said on Saturday it had recaptured Wad Madani, the "
         "capital of Al Jazirah state, from the paramilitary Rapid Support Forces.",
         "Battles", "Government regains territory"),
        ("Kenyan police fire on protesters in Nairobi, killing 8",
         "NAIROBI, June 25 — Police opened fire on protesters who stormed parliament in Nairobi "
         "on Tuesday, killing at least eight people, rights groups said.",
         "Protests", "Excessive force against protesters"),
        ("Gunmen kidnap 20 students in Kaduna",
         "Gunmen abducted 20 students from a school in Kaduna state on Thursday, police said.",
         "Violence against civilians", "Abduction/forced disappearance"),
        # soldiers and gang members killed, no word for the fight: armed men on both sides
        ("Mexique : vingt-neuf morts lors de l'arrestation d'un chef du cartel à Culiacán",
         "MEXICO — Dix militaires et dix-neuf membres présumés du cartel de Sinaloa ont été "
         "tués jeudi à Culiacán lors de l'arrestation d'Ovidio Guzmán, a annoncé le ministre "
         "de la Défense.",
         "Battles", "Armed clash"),
        # capturing soldiers is not capturing ground
        ("Mali rebels claim heavy toll on army, Wagner in desert battle",
         "BAMAKO — Tuareg-led rebels said they killed or captured dozens of Malian soldiers and "
         "Wagner fighters in heavy fighting near Tinzaouaten on Saturday.",
         "Battles", "Armed clash"),
        # a report of fighting that ends with one side holding a district
        ("Clashes rock Tripoli after militia chief is killed",
         "TRIPOLI — Heavy clashes erupted across Tripoli overnight after a powerful militia "
         "leader was killed, and fighting continued into the morning, residents said. The "
         "government said its forces had taken control of Abu Salim.",
         "Battles", "Armed clash"),
        # the helicopter was the target
        ("UN helicopter comes under fire in South Sudan's Nasir",
         "JUBA — A United Nations helicopter trying to evacuate soldiers from the town came "
         "under fire on Friday, killing a crew member, as militiamen fought the army garrison.",
         "Battles", "Armed clash"),
        # the headline's victims are civilians; the fighting around is the setting
        ("Ethiopian troops killed at least 45 civilians in Amhara town, rights body says",
         "ADDIS ABABA — Government soldiers killed at least 45 civilians in the town of Merawi "
         "in Amhara, the rights commission said, in one of the deadliest incidents since "
         "fighting between federal forces and Fano militias broke out in the region.",
         "Violence against civilians", "Attack"),
        # buildings burnt, nobody hurt
        ("Mozambique : des insurgés incendient le siège administratif de Mazeze",
         "MAPUTO — Des insurgés ont attaqué lundi soir Mazeze, dans la province de Cabo "
         "Delgado, incendiant plusieurs bâtiments publics et une chapelle. L'attaque n'a pas "
         "fait de victime, selon les autorités locales.",
         "Strategic developments", "Looting/property destruction"),
        ("Insurgents torch homes in Mozambique village, killing three",
         "MAPUTO — Insurgents torched homes in a village of Cabo Delgado on Monday, killing "
         "three people, local officials said.",
         "Violence against civilians", "Attack"),
        # an ambush in the headline, suicide attackers among its means
        ("Niger : vingt-trois soldats tués dans une embuscade complexe près de Tillabéri",
         "NIAMEY — Vingt-trois soldats ont été tués dans une embuscade complexe mêlant engins "
         "explosifs et kamikazes, a annoncé l'armée nigérienne.",
         "Battles", "Armed clash"),
        # a crowd storming and burning
        ("Pakistan : les partisans d'Imran Khan saccagent la résidence d'un général à Lahore",
         "ISLAMABAD — Des centaines de partisans de l'ancien Premier ministre ont pris d'assaut "
         "mardi soir la résidence du commandant du corps d'armée de Lahore, la mettant à sac "
         "avant d'y mettre le feu. Aucune victime n'a été signalée.",
         "Riots", "Violent demonstration"),
        # a cordon forced, a gate rammed: rioting with nobody hurt
        ("Bolivie : des manifestants envahissent le palais du gouverneur à Santa Cruz",
         "SANTA CRUZ — Des centaines de manifestants ont forcé un barrage de policiers mardi "
         "avant d'enfoncer les portes du palais du gouverneur, selon la police.",
         "Riots", "Violent demonstration"),
        ("Protesters ram the gates of a regional assembly in eastern Peru",
         "LIMA — Hundreds of protesters broke through a police cordon on Monday and rammed the "
         "gates of the regional assembly in Ayacucho with a truck, officials said.",
         "Riots", "Violent demonstration"),
        # petrol bombs and stones thrown, a gate forced
        ("Protesters throw petrol bombs at police outside Skopje parliament",
         "SKOPJE — Hundreds of protesters threw petrol bombs and stones at police outside "
         "parliament on Tuesday and tried to break through the gates of the building, the "
         "interior ministry said.", "Riots", "Violent demonstration"),
        # "kamikaze" drones, quoted, are drones
        ("Ukraine : deux civils tués par des drones à Odessa",
         "KIEV — Deux civils ont été tués vendredi à Odessa par des drones « kamikazes » lancés "
         "par l'armée russe, a annoncé le commandement militaire Sud.",
         "Explosions/Remote violence", "Air/drone strike"),
        # gas fired at a district: a chemical weapon, whoever is blamed
        ("Dozens treated after suspected gas attack on Aleppo",
         "BEIRUT — At least 50 people were treated in hospitals in Aleppo on Saturday after "
         "projectiles allegedly carrying toxic gas hit a residential district, state media "
         "said.", "Explosions/Remote violence", "Chemical weapon"),
        # a ship hijacked by armed men
        ("Houthis hijack tug towing South Korean drilling rig in southern Red Sea",
         "RIYADH — Yemen's Houthi rebels hijacked a vessel towing a South Korean drilling rig in "
         "the southern Red Sea late on Sunday, the Saudi-led military coalition said.",
         "Violence against civilians", "Abduction/forced disappearance"),
        ("Mer Rouge : les Houthis disent avoir saisi trois navires, dont deux sud-coréens",
         "Les rebelles houthis du Yémen ont affirmé avoir saisi trois navires en mer Rouge, dont "
         "deux appartenant à une entreprise sud-coréenne.",
         "Violence against civilians", "Abduction/forced disappearance"),
        # chlorine or a toxic substance dropped in a barrel
        ("Syrie : un hôpital de Latamné visé par une attaque présumée au chlore, deux morts",
         "Deux personnes, dont un chirurgien, ont été tuées samedi lorsqu'un hôpital de "
         "Latamné, dans le nord de la province de Hama, a été visé par une attaque présumée au "
         "chlore, selon une ONG médicale.", "Explosions/Remote violence", "Chemical weapon"),
        ("Dozens treated after toxic substance attack on Idlib town",
         "BEIRUT — Dozens of people were treated for breathing difficulties on Tuesday after a "
         "helicopter dropped a barrel containing a toxic substance on the town of Saraqeb, "
         "rescuers said.", "Explosions/Remote violence", "Chemical weapon"),
        # makeshift mortars launched at a police station
        ("Two police officers killed in explosives attack on station in Colombia's Cauca",
         "BOGOTA — Two police officers were killed on Friday night when explosives were "
         "launched at the police station of Suárez, in Cauca, officials said. Gunmen then fired "
         "on soldiers at the entrance of the town.",
         "Explosions/Remote violence", "Shelling/artillery/missile attack"),
        # border guards and conscripts are the state's armed men
        ("Iran : trois gardes-frontières tués dans une attaque près de Saravan",
         "TÉHÉRAN — Des hommes armés ont ouvert le feu jeudi soir sur des gardes-frontières près "
         "de Saravan, tuant trois d'entre eux, a rapporté l'agence officielle.",
         "Battles", "Armed clash"),
        ("Angry mob lynches two men accused of blasphemy in Pakistan's Punjab",
         "LAHORE — An angry mob beat two men to death in a village of Punjab province on "
         "Sunday after they were accused of desecrating the Koran, police said.",
         "Riots", "Mob violence"),
        ("Ukrainian forces say they shot down a Russian fighter jet over Donetsk region",
         "KYIV — Ukrainian forces shot down a Russian Su-25 fighter jet over the Donetsk region "
         "on Sunday, killing the pilot, the army said after heavy fighting near Pokrovsk.",
         "Battles", "Armed clash"),
        ("Mali army says it has seized rebel stronghold of Kidal",
         "BAMAKO — Mali's army said on Tuesday it had taken control of Kidal, a northern town "
         "held for years by Tuareg-led separatist rebels.",
         "Battles", "Government regains territory"),
        ("Mali : l'armée et ses alliés russes reprennent Kidal, fief des rebelles touareg",
         "BAMAKO — « Nos forces armées se sont « emparées » de Kidal », a annoncé mardi le "
         "président de la transition.\n\nLa colonne de l'armée, appuyée par des drones, avait "
         "progressé vers la ville après plusieurs jours de frappes aériennes.",
         "Battles", "Government regains territory"),
        ("Équateur : le candidat Fernando Villavicencio assassiné à la sortie d'un meeting",
         "QUITO — Le candidat a été tué par balles mercredi à la sortie d'un meeting. Un suspect, "
         "blessé lors de l'échange de tirs avec les forces de sécurité, est mort peu après.",
         "Violence against civilians", "Attack"),
        ("Gunmen take staff hostage at Ecuador TV station",
         "GUAYAQUIL — Armed men burst into a television studio on Tuesday, taking staff hostage "
         "during a live broadcast, police said. The hostages were freed an hour later.",
         "Violence against civilians", "Abduction/forced disappearance"),
        # "seize" counts in French
        ("Niger : seize villageois tués dans l'attaque d'un marché près de Tillabéri",
         "NIAMEY — Seize civils ont été tués dimanche par des hommes armés qui ont ouvert le "
         "feu sur un marché hebdomadaire, a indiqué le gouverneur.",
         "Violence against civilians", "Attack"),
        # a junta that seized power is no town taken
        ("Niger says 29 soldiers killed in attack near Malian border",
         "NIAMEY — Twenty-nine soldiers were killed in an attack by militants near the Malian "
         "border on Monday, the army said, one of the deadliest since a junta seized power last "
         "year. The army said dozens of attackers were killed in the fighting.",
         "Battles", "Armed clash"),
        # a liberation movement's name takes no ground
        ("Soudan du Sud : le Mouvement de libération du Soudan attaque une garnison à Yei",
         "JUBA — Des combattants du Mouvement populaire de libération du Soudan-Nord ont "
         "attaqué mercredi une garnison de l'armée, selon un communiqué militaire. Des soldats "
         "ont riposté et les combats ont duré plusieurs heures.",
         "Battles", "Armed clash"),
        # trying to retake a town is no retaking
        ("Yémen : des frappes tuent trente soldats qui tentaient de reprendre Aden",
         "ADEN — Des frappes aériennes ont tué jeudi au moins trente soldats gouvernementaux au "
         "moment où ils tentaient de reprendre la ville, selon le ministère de la Défense.",
         "Explosions/Remote violence", "Air/drone strike"),
        # the police who stopped a lone attacker fought no battle
        ("One dead, four hurt in stabbing at Haifa bus station",
         "HAIFA — A man was killed and four people were wounded in a stabbing attack at the "
         "central bus station on Monday. The attacker, a 25-year-old man from the north, was "
         "shot dead at the scene by a police officer, police said.",
         "Violence against civilians", "Attack"),
        ("Tel-Aviv : un mort et cinq blessés dans une attaque à la voiture-bélier",
         "TEL-AVIV — Un homme a été tué et cinq personnes blessées vendredi lorsqu'une voiture "
         "a foncé sur un arrêt de bus. Le terroriste a été abattu par un policier, selon la "
         "police.",
         "Violence against civilians", "Attack"),
        # a child among the dead of the headline
        ("Israël : deux morts, dont un enfant, dans une attaque près d'un arrêt de bus",
         "JÉRUSALEM — Deux personnes ont été tuées vendredi dans une attaque près d'un arrêt de "
         "bus, ont annoncé les secours. Des policiers sont arrivés rapidement sur place.",
         "Violence against civilians", "Attack"),
        # a drone that only watches is no strike
        ("Body of fourth soldier located by drone as Kupwara gunfight enters third day",
         "KUPWARA — The body of a fourth soldier was located with the help of a drone on "
         "Friday near the site of the gunfight with militants in the forest, officials said. "
         "Two militants were killed and the encounter was continuing.",
         "Battles", "Armed clash"),
        ("Cachemire : le corps d'un quatrième soldat retrouvé grâce à un drone",
         "SRINAGAR — Le corps d'un quatrième soldat a été retrouvé vendredi grâce à un drone "
         "près du lieu des affrontements avec des militants dans la forêt, selon l'armée. Deux "
         "militants ont été tués et les combats se poursuivaient.",
         "Battles", "Armed clash"),
        # shells and car bombs that open an assault on a camp, then ground fighting: a battle
        ("Mali : un camp militaire attaqué à Gao, un soldat tué",
         "GAO — Un soldat a été tué samedi lors d'une attaque complexe contre un camp militaire "
         "de Gao, a indiqué l'armée. Les assaillants ont d'abord tiré des obus et des roquettes "
         "sur le camp avant de lancer un véhicule piégé. Des combats au sol ont suivi pendant "
         "plusieurs heures.",
         "Battles", "Armed clash"),
        ("Soldier killed as militants assault army camp in Gao",
         "GAO — A soldier was killed on Saturday in a complex attack on an army camp in Gao, the "
         "army said. The attackers first fired mortar shells and rockets at the camp, then "
         "drove a car bomb at its gate. Heavy fighting followed for several hours as troops "
         "fought off the assault.",
         "Battles", "Armed clash"),
        # an offensive pushed back is a battle
        ("Haïti : la police et des volontaires repoussent une offensive des gangs à Arcahaie, "
         "trois morts",
         "PORT-AU-PRINCE — Des policiers et des volontaires ont repoussé samedi une offensive de "
         "la coalition Viv Ansanm contre la localité de Lévêque, dans la commune d'Arcahaie, "
         "selon la police. Les assaillants ont incendié plusieurs maisons et tué trois "
         "habitants.",
         "Battles", "Armed clash"),
        # what the one struck was behind, or what set off the strike, is no weapon of it
        ("Israel says Tyre strike killed commander behind rocket fire on Kiryat Shmona",
         "BEIRUT — An Israeli strike on a car near Tyre on Tuesday killed a Hezbollah commander, "
         "the Israeli military said, accusing him of directing rocket fire at northern Israel.",
         "Explosions/Remote violence", "Air/drone strike"),
        ("Liban : une frappe israélienne tue un commandant du Hezbollah après des tirs de "
         "roquettes",
         "BEYROUTH — Une frappe israélienne a visé mardi une voiture près de Tyr, tuant un "
         "commandant du Hezbollah, a indiqué l'armée israélienne, qui l'accuse d'avoir dirigé "
         "des tirs de roquettes sur le nord d'Israël.",
         "Explosions/Remote violence", "Air/drone strike"),
        # a projectile fired from afar
        ("Houthi projectile hits Jizan airport, nine civilians hurt",
         "RIYADH — A projectile fired by Yemen's Houthi rebels hit the arrivals hall of Jizan "
         "airport on Wednesday, wounding nine civilians, the coalition said.",
         "Explosions/Remote violence", "Shelling/artillery/missile attack"),
        ("Arabie saoudite : un projectile des houthis frappe l'aéroport de Jizan",
         "RIYAD — Un projectile tiré par les rebelles houthis a frappé mercredi le hall des "
         "arrivées de l'aéroport de Jizan, blessant neuf civils, selon la coalition.",
         "Explosions/Remote violence", "Shelling/artillery/missile attack"),
        # bodies found; the clashes of the background tell no battle
        ("Mexique : vingt corps découverts à Culiacán",
         "CULIACÁN — Vingt corps ont été découverts lundi à Culiacán, dont quatre pendus à un "
         "pont, selon le parquet de l'État de Sinaloa.\n\nLes victimes n'ont pas été "
         "identifiées.\n\nDepuis septembre 2024, les affrontements entre factions du cartel de "
         "Sinaloa ont fait plus de 1 200 morts dans l'État.",
         "Violence against civilians", "Attack"),
        ("Twenty bodies found in Mexico's Culiacan",
         "CULIACAN — Twenty bodies were found on Monday in Culiacan, four of them hanging from a "
         "bridge, Sinaloa state prosecutors said.\n\nThe victims have not been identified.\n\n"
         "Since September 2024, clashes between rival factions of the Sinaloa cartel have "
         "killed more than 1,200 people in the state.",
         "Violence against civilians", "Attack"),
        # the abducted found dead: their killing is the event
        ("Bodies of three abducted shepherds found in Poonch forest",
         "POONCH — The bodies of three shepherds abducted by militants last week were found in "
         "a forest on Sunday, police said.",
         "Violence against civilians", "Attack"),
        ("Irak : six hommes enlevés retrouvés morts près de Tikrit",
         "BAGDAD — Six hommes enlevés samedi par des hommes armés ont été retrouvés morts "
         "dimanche près de Tikrit, selon la police.",
         "Violence against civilians", "Attack"),
        # a headline that tells the killing of several first, and those taken after
        ("Bandits kill nine, abduct dozens in Katsina community",
         "KATSINA — Armed bandits killed nine people and abducted dozens of women and children "
         "in an overnight raid on a village in Katsina State, police said.",
         "Violence against civilians", "Attack"),
        ("Nigeria : 40 villageois tués et douze enlevés dans une attaque dans l'État de Borno",
         "MAIDUGURI — Quarante villageois ont été tués et douze autres enlevés dimanche lors "
         "d'une attaque de jihadistes contre un village de l'État de Borno, selon la police.",
         "Violence against civilians", "Attack"),
        # (one killed and many taken: the abduction is the news)
        ("Gunmen kill student, abduct 42 from school in Niger State",
         "MINNA — Gunmen stormed a secondary school in Niger State overnight, killing one "
         "student and abducting 42 people, including 27 students, officials said.",
         "Violence against civilians", "Abduction/forced disappearance"),
        ("Guerrero : le corps d'un commerçant de 40 ans enlevé la veille retrouvé à Iguala",
         "IGUALA — Le corps d'un commerçant de 40 ans, enlevé mardi devant sa boutique, a été "
         "retrouvé mercredi au bord d'une route, a indiqué le parquet.",
         "Violence against civilians", "Attack"),
        # a shell told by what it did, and the fighting around it told after it
        ("Shell kills 12 in eastern Congo town as army battles M23 rebels",
         "GOMA — At least 12 people were killed when a shell hit a house in the town of Kitshanga "
         "on Thursday, local officials said, as fighting between the army and M23 rebels "
         "intensified.",
         "Explosions/Remote violence", "Shelling/artillery/missile attack"),
        # a suicide truck bombing is the bomber's, whatever the truck bomb says
        ("Checkpoint blast toll rises to 15",
         "The number of people killed in Saturday's suicide truck bombing at a checkpoint in "
         "Beledweyne has risen to 15, regional officials said.",
         "Explosions/Remote violence", "Suicide bomb"),
        # gunmen killed by the police in a gunfight are a side of it, not attackers of civilians
        ("State police kill six suspected cartel gunmen in Reynosa shootout",
         "REYNOSA — State police killed six suspected members of the Gulf Cartel in a gunfight "
         "early on Thursday after officers on patrol came under fire, four men and two women "
         "among them, the state security ministry said.",
         "Battles", "Armed clash"),
        # a bomb told by what it did
        ("Bomb kills 11 policemen in Chhattisgarh",
         "RAIPUR - A bomb blew up a police van in Chhattisgarh on Wednesday, killing 11 "
         "policemen, officials said.",
         "Explosions/Remote violence", "Remote explosive/landmine/IED"),
        # protesters killed, told by the verb first
        # (factories set on fire the same day make no riot of it)
        ("Curfew declared in Mandalay after security forces kill at least 14 protesters",
         "Soldiers and police opened fire on anti-coup protesters in Mandalay on Saturday, "
         "killing at least 14 people, a rights group said.\n\nResidents had built barricades "
         "when troops moved in. State television said martial law had been imposed after "
         "several factories were set on fire.",
         "Protests", "Excessive force against protesters"),
    ],
)
def test_event_types(gazetteer: Gazetteer, title: str, body: str, event: str, sub: str) -> None:
    ext = extract(_article(title, body), gazetteer)
    assert ext.is_incident
    assert (ext.event_type, ext.sub_event_type) == (event, sub)


def test_background_attack_elsewhere_is_not_the_place(gazetteer: Gazetteer) -> None:
    body = (
        "DNIPRO, Jan 14 — A Russian missile struck an apartment building in Dnipro on Saturday, "
        "killing 12 people, the governor said.\n\nEarlier this month a strike on Kharkiv "
        "killed 5 people, and Kyiv was attacked in 2022."
    )
    ext = extract(_article("Missile hits Dnipro apartment block", body,
                           published="2023-01-14T19:00:00Z"), gazetteer)
    assert ext.place == "Dnipro"
    assert ext.fatalities == 12


@pytest.mark.parametrize(("sentence", "killed"), [
    ("Deux garçons de 8 et 15 ans ont été tués mercredi par des tirs à Jénine.", 2),
    ("Two boys aged 9 and 14 were killed on Wednesday by gunfire in Jenin.", 2),
    ("Three children aged 4, 7 and 11 were killed when the shell hit their home.", 3),
])
def test_ages_told_together_are_no_toll(sentence: str, killed: int) -> None:
    assert casualties([sentence]).fatalities == killed


@pytest.mark.parametrize(("sentences", "killed"), [
    (["Bourzanga : trois habitants abattus à Bool-Kiiba"], 3),
    (["Trois personnes ont été abattues dans la nuit de samedi à Bool-Kiiba."], 3),
    (["Trois drones ont été abattus au-dessus de la ville."], None),
    # the one who downed them is no victim
    (["Le ministère russe de la Défense a affirmé avoir abattu 57 drones au-dessus de la "
      "région."], None),
    (["Un policier a été abattu."], 1),
    # the toll of the attack this one came after is not its own
    (["Trois personnes ont été abattues samedi soir à Bool-Kiiba.",
      "Cette attaque est survenue peu après celle de Pisselé, un autre village de la commune, "
      "où six personnes ont été tuées."], 3),
])
def test_people_shot_dead_in_french(sentences: list[str], killed: int | None) -> None:
    assert casualties(sentences).fatalities == killed


@pytest.mark.parametrize("sentence", [
    "Le gouverneur assure que l'attaque n'a fait ni victime ni dégât.",
    "Il a assuré que personne n'avait été blessé et qu'aucun dégât n'avait été signalé.",
    "Il n'y a eu ni mort ni blessé, selon la police.",
])
def test_nobody_hurt_told_with_ni(sentence: str) -> None:
    assert nil_toll([sentence]) == Casualties(0, 0)


def test_rockets_that_fell_are_no_dead() -> None:
    found = casualties([
        "Vingt-cinq ont été interceptées par le système Dôme de fer, cinq sont tombées en "
        "territoire israélien.", "Le tir n'a fait aucun mort."])
    assert found.fatalities == 0


@pytest.mark.parametrize(("sentence", "killed"), [
    ("Mort d'un missionnaire américain à Bambui : l'armée et les séparatistes s'accusent", 1),
    ("Death of a US aid worker in Bamenda: army and separatists trade blame", 1),
    ("Hundreds marched through the town protesting the death of a young man last week.", None),
])
def test_a_death_told_as_a_noun_is_one_dead(sentence: str, killed: int | None) -> None:
    assert casualties([sentence]).fatalities == killed


def test_shots_and_tear_gas_are_no_chemical_weapon(gazetteer: Gazetteer) -> None:
    found = extract(Article(
        id="t", source="s", url="https://example.org/t",
        published=datetime(2018, 5, 14, 20, tzinfo=UTC), language="fr",
        title="Gaza : au moins 52 Palestiniens tués à la frontière",
        body="Au moins 52 Palestiniens ont été tués lundi par des tirs israéliens le long de la "
        "frontière entre la bande de Gaza et Israël. Des jeunes ont tenté de franchir la "
        "barrière ; les soldats israéliens ont tiré à balles réelles et au gaz lacrymogène."),
        gazetteer)
    assert found.is_incident and found.sub_event_type != "Chemical weapon"
