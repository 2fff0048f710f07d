"""EN/FR cue lexicons of extraction: what kind of event, whether it is news of an event at all,
who claims, confirms or denies it, and which sentences are background.

Patterns are compiled once; each is a plain alternation so that one reading of a rule tells what
it matches. English and French forms sit side by side.
"""

from __future__ import annotations

import re

from bot.domain._alternation import by_first_letter, lowered, not_after
from bot.domain._dates import WEEKDAYS

__all__ = [
    "ACCIDENT_LOW",
    "ARABIC_NAME_TAIL",
    "ATTACK",
    "BACKGROUND",
    "BACKGROUND_LOW",
    "BEATEN_PERSON",
    "BLAME",
    "CASUALTY_WORDS",
    "CIV_TARGET",
    "CIV_TARGET_LOW",
    "CIV_VICTIMS",
    "CIV_VICTIMS_LOW",
    "CLAIM",
    "CLAIMED_TARGET",
    "CLAIM_NEGATED",
    "CONTROLLED_BY",
    "CROWD",
    "DAYS",
    "DENIAL",
    "DENIAL_LOW",
    "EVENT_CUES",
    "EVENT_SCAN",
    "EVENT_SCAN_KEYS",
    "FLAG_AFTER",
    "FLAG_BEFORE",
    "FORCE_NOUN_EN",
    "FORCE_NOUN_FR",
    "HARMED_NOT_FIGHTERS_LOW",
    "KILLED_NATIONALS",
    "MIL_TARGET",
    "MOB",
    "NEAR_BEFORE",
    "NEAR_BEFORE_LOW",
    "NON_INCIDENT",
    "NON_INCIDENT_LOW",
    "NON_INCIDENT_VENUE_LOW",
    "OFFICIAL_LOW",
    "OFFICIAL_NAMES",
    "OWN_DEAD",
    "PERSON_BEFORE",
    "PLACE_SUFFIX",
    "POLICE_TARGET",
    "POLICE_TARGET_LOW",
    "PROPERTY",
    "REPORTING",
    "REPORTING_LOW",
    "REPRISAL_FOR",
    "RIOT_ACT",
    "SOLDIERS",
    "SOLDIERS_LOW",
    "SOURCE_BEFORE",
    "SOURCE_INVERTED",
    "SOURCE_ORGAN_AFTER",
    "SOURCE_ORGAN_BEFORE",
    "SPEECH_AFTER",
    "SPEECH_AFTER_LOOSE",
    "STATE_CLAIM",
    "STRIKE_TOLD",
    "TOLL_OVER_TIME_LOW",
    "UNCONFIRMED",
    "UNCONFIRMED_LOW",
    "UNIDENTIFIED_ATTACKERS",
    "VERB_BEFORE_SPEAKER",
    "VICTIMS",
    "VIOLENCE",
    "VIOLENCE_LOW",
    "WEAPON_NOUN_EN",
    "WEAPON_NOUN_FR",
    "WEAPON_WORDS_LOW",
]


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(by_first_letter(pattern), re.IGNORECASE)


#: The words before what an act answers: "in retaliation for", "as a response to", « en
#: représailles aux », « en riposte à », "to avenge", « pour venger ». Lower-case, so that
#: patterns run on lowered text use it as they are.
REPRISAL_FOR = (
    r"(?:(?:in|as a|a|en|une|comme)\s+(?:«\s*)?(?:retaliation|reprisal|revenge|response|"
    r"riposte|représailles?|réponse)(?:\s*»)?\s+(?:for|to|à|aux|au|de|des|du)|to avenge|"
    r"pour venger|retaliat(?:ing|ed|es?) (?:for|against))"
)


#: A crowd dispersed or a protest broken up by force: "police dispersed the march", "broke up
#: a protest", « la police disperse une marche », « le sit-in a été dispersé ».
DISPERSED = (
    r"\b(?:dispers(?:e|es|ed|ing)|broke up|break(?:s|ing)? up) (?:(?:a|an|the|their|hundreds "
    r"of|thousands of) )?(?:[\w'’-]+ ){0,2}?(?:protests?|march(?:es)?|rally|rallies|"
    r"demonstrations?|demonstrators|protesters|sit-ins?|gatherings?)\b|"
    r"\b(?:dispers(?:e|ent|ait|aient|ant)|a dispersé|ont dispersé|avait dispersé|avaient "
    r"dispersé)\s+(?:[\w'’-]+\s+){0,6}?(?:marches?|manifestations?|manifestants|"
    r"rassemblements?|sit-in|protestataires)\b|"
    r"\b(?:marches?|manifestations?|rassemblements?|sit-in)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:a été |ont été |avait été )?dispersée?s?\b|"
    r"\bdispersion (?:musclée|violente|brutale|par la force)\b"
)

#: A ship seized or boarded, and its crew with it: « avoir saisi trois navires », « arraisonné un
#: pétrolier ».
SHIP_SEIZED = (
    r"\b(?:saisi|arraisonné)(?:e|s|es)? (?:[\w-]+ ){0,2}(?:navires?|bateaux?|pétroliers?|"
    r"cargos?|remorqueurs?)\b"
)
#: A part in an event denied: "the movement was not behind the fire", « le mouvement
#: n'était « pas derrière » ces tirs ».
NOT_BEHIND = (
    r"\b(?:was|were|is|are|had been) not behind\b|"
    r"\bn['’](?:était|est|étaient|sont)\s*[«\"“]?\s*pas\s+derrière\b"
)


#: Bombers, the aircraft (not a suicide bomber): "B-2 stealth bombers".
_BOMBERS_EN = r"(?:B-\d+|stealth|strategic)\s+bombers?"

#: A siege broken by force, in the cues of ground regained and of violence.
_SIEGE_BROKEN = (
    # (its besiegers and its length between: "breaks Islamic State's three-year siege")
    r"\b(?:broke|breaks|broken|breaking) (?:the |a |its )?(?:[\w'’-]+ ){0,3}?siege\b|"
    r"\b(?:brisé|rompu|brisent|brise) (?:le|un) siège\b"
)


#: After an aircraft's name: it was the one hit ("a UN helicopter came under fire", "un
#: hélicoptère de l'ONU pris pour cible").
_AIRCRAFT_HIT = (
    r"(?!(?:\s+[\w'’().-]+){0,12}?\s+(?:came under|comes under|come under|was (?:shot|hit|fired|"
    r"attacked|targeted|downed|struck)|were (?:shot|hit|fired|attacked|targeted|struck)|"
    r"(?:hit|struck|riddled) by|shot down|crash\w*|went down|goes down|gone down|"
    r"pris pour cible|abattu|visé|touché|essuyé|s['’](?:est )?écras\w*))"
)

#: Before "liberated", a word that makes it the land's state, not the event: "on Kharkiv's
#: liberated farmland", "the liberated territories", "newly liberated" (not "troops have
#: liberated Klishchiivka").
_LAND_HELD_BEFORE = (
    r"(?<!\bthe )(?<!['’]s )(?<!\bnewly )(?<!\brecently )(?<!\bonce )(?<!\bits )(?<!\btheir )"
)


#: Cues of each sub-event type, with the weight of one hit.
#: A town held by a side (a headline's news, the cue of ground taken): « Bambo sous contrôle
#: du M23 », « la cité est occupée depuis jeudi par les rebelles ».
_HELD_BY_SIDE_FR = (
    r"sous (?:le )?contrôle (?:du|des|de la|de l['’])|"
    r"occupée?s? (?:depuis [^.;,]{0,30} )?par (?:les|des) (?:rebelles|jihadistes|"
    r"djihadistes|insurgés|combattants|miliciens|terroristes)"
)


EVENT_CUES: dict[str, tuple[re.Pattern[str], float]] = {
    "Suicide bomb": (_rx(
        r"\bsuicide[- ](?:bomb\w*|attack\w*|(?:car|truck|lorry|van|vehicle|motorcycle) bomb\w*|"
        r"vests?|blasts?|boats?|skiffs?)|\bbateaux?[- ]suicides?|\bembarcations?[- ]suicides?|"
        r"blew (?:himself|herself|"
        # (not a drone that dives on its target: "a kamikaze drone", « un drone kamikaze »)
        r"themselves) up|\b(?<!drone )(?<!drones )(?<!drone « )(?<!drones « )(?<!drones \")"
        r"(?<!drones “)kamikazes?\b(?!['’\"”]? drones?\b)|"
        r"attentats?[- ]suicides?|attaques?[- ]suicides?|ceintures? d['’]explosifs|"
        r"explosive vests?|gilets? (?:d['’]explosifs|explosifs?)|s['’]est fait exploser|"
        # a vehicle driven into its target: "rammed an explosives-laden vehicle", "VBIED"
        r"\bram(?:med|s|ming)? (?:an? |the )?explosives?-(?:laden|packed)|\bVBIEDs?\b|"
        r"\bvéhicules? (?:piégés? )?(?:lancés?|précipités?) contre\b|"
        r"se sont fait exploser|"
        # "the device was detonated by a bomber": one who died with it (not a bomber aircraft,
        # nor one who planted the bomb and fled)
        r"\b(?:the|a) bomber\b(?!s| (?:jets?|planes?|aircraft)\b)"
        r"(?![^.;]{0,60}\b(?:planted|fled|escaped|arrested|at large|on the run)\b)"), 1.0),
    "Air/drone strike": (_rx(
        r"\bair[- ]?strikes?|\bair raids?|\bair attacks?|"
        # (not a drone that watches: "body located by drone", "drone footage", "drone de
        # surveillance")
        r"\b(?:" + not_after(
            ["drones"], ["surveillance ", "reconnaissance ", "help of ", "aide de "]
        ) + "|" + not_after(
            ["drone"],
            ["surveillance ", "reconnaissance ", "help of a ", "aide d'un ", "grâce à un ",
             "located by ", "located by a ", "spotted by a ", "filmed by a ", "repéré par un ",
             "filmé par un ", "filmée par un ", "repérés par un ", "repérée par un ",
             "repérées par un ", "la veille par un ", "images d'un ", "vidéo d'un "],
        ) + r")\b(?! (?:footage|images?|imagery|videos?|cameras?|pictures?|de surveillance|"
        r"de reconnaissance)\b)|"
        r"\bUAVs?\b|"
        r"\bparamot\w+|\bparaglid\w+|\bparapentes?\b|"
        # a bomb dropped from the air, however named: "drops its largest non-nuclear bomb",
        # "dropped a GBU-43/B Massive Ordnance Air Blast bomb", "the bomb was dropped from"
        r"\bdrop(?:s|ped|ping)? (?:[\w/-]+ ){0,6}?bombs?\b|\bbombs? (?:was |were )?dropped\b|"
        r"\blargu\w+ (?:\w+ )?bombes?\b|"
        # an aircraft fired on, shot down or crashing is the target, not the weapon
        r"(?:fighter jets?|\bjets?\b|warplanes?|avions? de chasse|"
        r"avions? de combat|\bbombardiers?\b|" + _BOMBERS_EN + "|"
        # a helicopter told as a weapon (not one that flies the wounded, lands, is seized or is
        # its pilot's: "evacuated by a police helicopter", "stormed a helicopter")
        r"(?:military|army|attack|combat|air force|junta|regime) helicopters?|"
        r"hélicoptères? (?:de combat|militaires?|de l['’]armée)|"
        r"\bfrom (?:a |the )?helicopters?)" + _AIRCRAFT_HIT + r"|"
        r"\bhelicopters? (?:fired|strafed|bombed|struck|attacked|opened fire|pounded|shelled|"
        r"targeted|dropped)\b|\bhélicoptères? (?:[\w-]+ )?(?:a|ont|avait|avaient|d['’]avoir) "
        r"(?:tiré|bombardé|frappé|"
        r"mitraillé|ouvert le feu)\b|\btirs? d['’]hélicoptères?\b|"
        r"gunships?|aerial bombs?|guided (?:aerial )?bombs?|"
        r"glide bombs?|raids? aériens?|frappes? aériennes?|bombardements? aériens?|"
        r"attaques? aériennes?|bombes? "
        r"guidées|bombes? planantes|"
        # the verb with its target ("jets bombed the market", "denied bombing the building"):
        # bombs dropped, where a bomb planted is a noun ("a bombing", "the bomb exploded")
        r"\bbombed\b(?! by (?:suicide|a suicide))|"
        # powers that strike from the air: "an Israeli strike", "une frappe américaine"
        r"\b(?:israeli|u\.s\.|us|american|turkish|coalition) (?:air )?strikes?\b|"
        r"\bfrappes? (?:israéliennes?|américaines?|turques?|de la coalition)\b|"
        # their missiles come from the air ("Israeli missiles hit Damascus", "des frappes
        # attribuées à Israël"; not a raid, which may be on the ground: "Israeli raid in Nablus")
        r"\b(?:israeli|u\.s\.|american|turkish) (?:missiles?|jets?)\b|"
        r"\bmissiles? (?:israéliens|américains|turcs)\b|"
        r"\bfrappes? (?:attribuée?s?|imputée?s?) (?:à|aux) (?:israël|l['’]israël|"
        r"l['’]armée israélienne|les états-unis|washington|la turquie|ankara)\b|"
        r"\bstrikes? (?:blamed|attributed) (?:on|to) (?:israel|the united states|"
        r"washington|turkey|ankara)\b|"
        r"\bbomb(?:s|ing) (?:the|an?|its|their)\b|"
        # (the air force's base or men are a target: "militants storm an air force base")
        r"\baviation\b(?! civile| administration| authority| agency| safety| company| firm)"
        r"(?<!de l'aviation)(?<!indonesian aviation)|"
        r"\bair force\b(?! (?:training |air )?(?:base|academy|station|camp|"
        r"officers?|personnel|chief|spokes\w*|headquarters|compound|installation|convoy|"
        r"vehicles?|bus|truck|trucks))(?<!of the air force)(?<!of an air force)|"
        # (nor its men or convoy: "un caporal de l'armée de l'air", "un convoi de l'armée de
        # l'air")
        r"\barmée de l['’]air\b(?<!de l.armée de l.air)(?<!d.une armée de l.air)"), 1.0),
    "Shelling/artillery/missile attack": (_rx(
        # (not a fighter's rocket-propelled grenade: "traded fire with rifles and
        # rocket-propelled grenades", « lance-roquettes »)
        r"\bmissiles?\b|\brockets?\b(?![- ]propelled)|\broquettes?\b|shelling|\bshelled\b|"
        r"artillery|artillerie|"
        # a tank's gun: "an Israeli tank fired at the tower", « un char a tiré sur »
        r"\btanks? (?:fired|fires)\b|\bchars? (?:\w+ )?(?:a|ont|avait) tiré\b|"
        r"\bchars? (?:\w+ )?d['’]avoir tiré\b|"
        r"\bmortars?\b|\bmortiers?\b(?! d['’]artifice)|\bobus\b|pilonn\w+|\bbombardements?\b|"
        r"\bbombarded\b|ballistic|"
        r"balistiques?|Iskander|Tochka|Katyusha|cluster munitions|sous-munitions|howitzers?|"
        r"\bGrad\b|HIMARS|multiple rocket|\btanks? (?:fire|shells?|rounds?)\b|\btirs? de chars?\b|"
        r"\bobus de chars?\b|"
        # makeshift mortars: "explosive cylinders were launched", "explosives were fired at the
        # station", « des bonbonnes explosives lancées », « tatucos »
        r"\b(?:explosive (?:cylinders?|canisters?|projectiles?)|gas[- ]cylinder bombs?|"
        r"cylindres? explosifs?|bonbonnes? (?:explosives?|de gaz)|tatucos?)\b|"
        r"\bexplosives (?:(?:was|were|had been) )?(?:launched|fired|lobbed)\b|"
        r"\bexplosifs (?:ont été )?(?:lancés|tirés)\b|"
        # shells told by what they did: "shells fired from the direction of Israel hit them"
        r"\bshells?\b(?= (?:(?:was |were |had been )?(?:fired|launched)|hits?|struck|landed|"
        r"lands|fell|falls|slammed|rained|kills?|killed|killing|exploded))|"
        # a projectile fired from afar ("Houthi projectile hits Abha airport", « un projectile
        # tiré par les houthis »)
        r"\bprojectiles?\b(?= (?:(?:was |were |a été |ont été )?(?:fired|launched|tirée?s?|"
        r"lancée?s?)|hits?|struck|strikes|slammed|landed|frapp\w+|tomb\w+|s['’]est abattu))|"
        # ... told by what it hit: "was struck by a projectile", « touché par un projectile »
        r"\b(?:struck|hit|touchée?|frappée?|atteinte?) (?:[\w'’-]+ ){0,4}?(?:by|par) (?:an? |un )?"
        r"(?:unknown |inconnu )?projectiles?\b"),
        1.0),
    "Remote explosive/landmine/IED": (_rx(
        r"\b(?:car|truck|lorry|van|ambulance|motorcycle|motorbike|bicycle|bike|tanker|cart)[- ]"
        r"bombs?|roadside bombs?|\bIEDs?\b|improvised explosive|landmines?|"
        r"land mines?|\bmines? (?:antipersonnel|terrestres?)|explosive devices?|engins? "
        r"explosifs?|\b(?:voitures?|véhicules?|ambulances?|camions?|camionnettes?|motos?|"
        r"motocyclettes?|vélos?|charrettes?|citernes?|colis|sacs?|trottinettes?) "
        r"piégé(?:e|s|es)?\b|booby[- ]trap\w*|"
        r"\bbomb (?:blast|attack|exploded|went off)|bombs? (?:exploded|went off)|"
        # what a bomb did: "a bomb blew up a police van", "bombs ripped through"
        r"\bbombs? (?:blew up|ripped through|tore through|destroyed|damaged)\b|"
        # ... in French: « une bombe a détruit une supérette », « la bombe a explosé »
        r"\bbombes? (?:a |ont )?(?:explosé|détruit|endommagé|soufflé|ravagé)|"
        r"\bbombes? (?:explose|explosent)\b|"
        # (not the verb: "denies bombing Mariupol maternity hospital", "accused of bombing")
        r"attentats? à la (?:bombe|voiture piégée)|attentats? à l['’]explosif|"
        r"\b(?:charges?|engins?) (?:explosive?s? )?(?:actionnée?s?|déclenchée?s?|"
        r"télécommandée?s?) à distance|"
        # set off as a unit passed: « des charges explosives ont été activées au passage de
        # leur unité », "explosives detonated as the patrol passed"
        r"\b(?:charges?|engins?|explosives?|explosifs?) (?:[\w-]+ )?(?:(?:ont|a) été |were |was )?"
        r"(?:activée?s?|déclenchée?s?|actionnée?s?|detonated|triggered|set off) "
        r"(?:au passage|as (?:the|a|an|their) (?:[\w-]+ )?(?:passed|drove))\b|"
        r"\bbombing(?<!denies bombing)(?<!denied bombing)(?<!deny bombing)(?<!\bof bombing)"
        r"(?<!\bfor bombing)s?\b(?! (?:the|an?|its|their)\b)|"
        r"\bstruck a mine\b|"
        r"sauté sur une mine|"
        # a mine told alone, what it killed or what ran over it: « tués par une mine », « a
        # roulé sur une mine », "killed by a mine", "hit a mine" (not « une mine d'or »)
        r"\b(?:par|by) une? (?:mine|landmine)\b(?! d['’]| de\b)|"
        r"\b(?:roulé|rolled|drove|ran) (?:sur|over|onto|into) (?:une|a) mine\b(?! d['’]| de\b)|"
        r"\b(?:hit|heurté) (?:une|a) mine\b(?! d['’]| de\b)|"
        # a bomb set off from afar or hidden: "l'explosion d'une bombe", "remotely detonated",
        # "un engin dissimulé sur une moto", "a magnetic bomb"
        r"\bexplosion (?:of|d['’]une?) (?:[\w-]+ )?(?:bomb|bombe)|\b(?:by|par) (?:a|une) "
        r"(?:[\w-]+ )?bombe?\b(?! (?:dropped|larguée|lâchée))|\bremote(?:ly)?[- ]"
        r"(?:controlled|detonated|triggered)|\bdetonated remotely\b|\btélécommand\w+|"
        r"\bdéclench\w+ à distance|\b(?:magnetic|sticky) bombs?|\bbombes? magnétiques?|"
        r"\b(?:bombs?|bombes?|explosive devices?|engins? explosifs?|explosives|explosifs) "
        r"(?:hidden|planted|placed|concealed|attached|dissimulée?s?|cachée?s?|posée?s?|"
        r"placée?s?)\b|"
        # explosives laid in wait: "planted explosives in the mosque", "avoir posé les explosifs"
        r"\b(?:planted|placed|hid|laid|posé|placé|dissimulé|caché)\s+(?:[\w'’-]+\s+){0,2}?"
        r"(?:explosives?|explosifs?|bombs?|bombes?|charges? explosives?)\b"), 1.0),
    "_strike": (_rx(r"\bstrikes?\b(?<!general strike)(?<!hunger strike)(?<!general strikes)|"
                    # (not a person beaten: « frappé à coups de barre de fer », "struck with
                    # a rifle butt")
                    r"\bstruck\b(?! (?:him|her|them )?(?:with|by) (?:an? |the )?(?:rifle|stick|"
                    r"club|bat|iron|stone|rock|baton|fists?)\b)|\bfrappes?\b|"
                    r"\bfrappé(?!e?s? (?:à coups|à la tête|au visage|avec (?:une|des) (?:barres?|"
                    r"bâtons?|crosses?|pierres?|matraques?)))|"
                    # the verb denied or blamed: "Russia denies bombing Mariupol hospital"
                    r"\b(?:bombing|striking)\b(?:(?<=denies bombing)|(?<=denied bombing)|"
                    r"(?<=deny bombing)|(?<=denies striking)|(?<=denied striking)|"
                    r"(?<=deny striking)|(?<=\bof bombing)|(?<=\bfor bombing))"), 0.35),
    "_explosion": (_rx(r"\bexplosions?\b|\bblasts?\b|\bexploded\b|\bexplosé\b|\bdéflagration"),
                   0.5),
    # (not those of a police dispersing a crowd: "grenades lacrymogènes", "stun grenades")
    "Grenade": (_rx(
        # (not a launcher's rounds: "grenade launchers", « au lance-grenades »)
        r"(?<!lance-)\bgrenades?\b(?! launchers?\b)(?<!tear gas grenade)(?<!tear-gas grenade)"
        r"(?<!stun grenade)"
        r"(?<!smoke grenade)(?<!tear gas grenades)(?<!tear-gas grenades)(?<!stun grenades)"
        r"(?<!smoke grenades)"
        # (nor a rocket's: "rocket-propelled grenades", « des roquettes antichars »)
        r"(?<!rocket-propelled grenade)(?<!rocket-propelled grenades)"
        r"(?<!rocket propelled grenade)(?<!rocket propelled grenades)"
        r"(?! (?:lacrymogènes?|assourdissantes?|de désencerclement|"
        r"fumigènes?|flash|de gaz))"), 1.0),
    "Chemical weapon": (_rx(
        r"chemical (?:weapons?|attack)|\bchlorine gas|\bsarin\b|armes? chimiques?|"
        r"attaque chimique|"
        # chlorine or a toxic substance dropped: « une attaque présumée au chlore », "chlorine
        # barrel bombs", « un baril contenant une substance toxique »
        r"\bau chlore\b|\bbarils? de chlore\b|\bchlorine (?:attacks?|barrels?|bombs?)\b|"
        # ... or told to be in what was dropped: "barrels that rescuers say contained chlorine"
        r"\b(?:contained|containing|filled with|smell of) chlorine\b|"
        r"\b(?:contenant|remplis de|odeur de)\s+(?:[\w'’-]+\s+){0,4}?(?:du )?"
        r"(?:chlore|gaz chloré)\b|"
        r"\btoxic (?:substances?|chemicals?)\b|\bsubstances? toxiques?\b|"
        # a gas attack, toxic gas fired (not tear gas): "suspected gas attack", « gaz toxiques »
        # (the word "gas" found first, its company read around it: a pattern of alternatives
        # beginning each with its adjective is three times slower on a whole report)
        r"\bga[sz]\b(?:(?<=poison gas)|(?<=toxic gas)|(?<=nerve gas)|(?<=mustard gas)|"
        r"(?<=poisonous gas)|(?= attacks?\b)|(?= (?:toxiques?|moutarde|innervants?|chlorés?)\b)|"
        r"(?<=au gaz)(?! lacrymog\w*| poivre))"),
        1.0),
    "Armed clash": (_rx(
        # (not a setting: "an area fought over by factions of the Gulf Cartel")
        r"\bclash(?:es|ed)?\b|\bfighting\b|\bfought\b(?! over\b)|firefights?\b|gun ?battles?|"
        r"\bbattles?\b|"
        r"\bgunfights?\b|"
        # South Asian usage: "two terrorists killed in Sunjuwan encounter"
        r"\b(?:in|an|the|during|after) (?:[\w-]+ )?encounters?\b"
        r"(?! with (?:the )?(?:press|media))|"
        r"\bcombats?\b|affrontements?|accrochages?|s['’]affront\w+|\bambush\w*|embuscades?|"
        r"exchange of fire|\bexchang(?:e|es|ed|ing) (?:heavy )?(?:gun)?fire\b|"
        r"\btrad(?:e|es|ed|ing) (?:heavy )?(?:gun)?fire\b|échanges? de tirs|heavy losses|"
        r"lourdes pertes|"
        # the attacked who fight back: "returned fire", "repelled the attack", "la riposte des
        # forces a permis de neutraliser 58 terroristes"
        r"\breturned fire\b|\bfought back\b|\brepell?(?:ed|ing|s)? (?:[\w-]+ ){0,3}?(?:attacks?|"
        r"assaults?|assailants|attackers|offensives?|push|attempts?|incursions?|advances?)\b|"
        r"\bont riposté\b|\ba riposté\b|"
        r"\bla riposte des\b|"
        r"\brepouss(?:é|ée|és|ées|ant|e|ent|ait|aient) (?:l['’]|les |une |un |des |plusieurs )?"
        r"(?:[\w'’-]+ ){0,2}?(?:attaques?|assauts?|assaillants|offensives?|incursions?|"
        r"tentatives?|percées?|avancées?)\b|"
        # the attack told, then repelled: "une attaque contre la prison ... repoussée", "the
        # assault was repelled", « avant d'être repoussés par les forces »
        r"\b(?:attaques?|assauts?|offensives?)\b[^.;]{0,60}?\brepouss(?:é|ée|és|ées)\b|"
        r"\b(?:attacks?|assaults?|offensives?)\b[^.;]{0,60}?\b(?:was |were |had been )?"
        r"(?:repelled|repulsed|foiled)\b|\bavant d['’]être repouss(?:é|ée|és|ées)\b|"
        # an assault by several means at once on a base: "attaque complexe", "complex attack"
        r"\battaques? complexes?\b|\bcomplex (?:attacks?|assaults?)\b|"
        # armed men on both sides: rival gangs, factions, clans
        r"\brival (?:gangs?|factions?|groups?|cartels?|clans?|militias?)\b|"
        r"\b(?:gangs?|bandes?|factions?|clans?|milices?|cartels?) riva(?:l|les|ux)\b|"
        r"\b(?:inter-?gangs?|inter-?clan|inter-?communal)\b|"
        # an aircraft brought down by the other side
        r"(?:shot|shoot|shoots|shooting) down (?:[\w-]+ ){0,4}(?:jets?|planes?|aircraft|"
        r"helicopters?)\b|abattu (?:[\w'’-]+ ){0,4}(?:avions?|hélicoptères?|appareils?)\b"), 1.0),
    "Non-state actor overtakes territory": (_rx(
        # seizing men or arms is not seizing ground ("killed or captured dozens of soldiers")
        # (an aim is no taking: "an offensive to seize Loikaw", « pour s'emparer de »)
        r"\b(?:seized|captured|seizes?|captures?)(?<!\bto seize)(?<!\bto capture)\b"
        # (nor "seize" counting in French: "seize fidèles tués", "seize d'entre eux")
        r"(?!(?<=\bseize)\s+(?:[\w-]*[sx]\b(?!['’])|d['’]entre\b))"
        # (nor a coup: "since a junta seized power")
        # (nor a man's things: "stabbed a soldier, seized his rifle")
        r"(?!\s+(?:his|her)\b)"
        r"(?!\s+(?:[\w-]+\s+){0,3}?(?:power|soldiers?|fighters?|troops|rifles?|guns?|pistols?|"
        r"militants|prisoners|weapons?|arms|vehicles?|equipment|ammunition|drones?|people|"
        r"them|him|her|"
        r"ships?|vessels?|boats?|tankers?|navires?|bateaux|helicopters?|aircraft|planes?|"
        r"civilians|hostages?|members|men|women|children|mercenaries|officers|pilots?|crew|"
        r"passengers|workers|nationals|tourists|students|journalists|"
        r"(?:[A-Z][\w'’-]+ ){1,3}(?:pilot|worker|engineer|journalist|nurse|doctor)s?)\b)|"
        r"\b(?:took control of|taken control of|takes? control of(?<!\bto take control of)|"
        r"(?:took|taken|takes?) (?:full|total|complete) control of(?<!\bto take full control of)|"
        # (a base "overrun" in a raid is a battle: the attackers seldom hold it)
        r"overran (?:[\w-]+ ){0,3}(?:town|city|village|district|capital)s?\b|"
        r"walked into|"
        # a post its defenders left under attack: "forces had pulled out of a military base",
        # « le repli des troupes »
        r"(?:pulled out of|withdrew from|retreated from|abandoned|fled)\s+(?:the\s+|a\s+|an\s+|"
        r"its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:base|camp|post|outpost|garrison|barracks)|"
        r"repli des (?:troupes|soldats|militaires|forces)|"
        r"capture of(?! (?:an? |the )?(?:[\w-]+ )?(?:helicopter|aircraft|plane|ship|vessel)\b)|"
        r"under (?:the )?control of|"
        # "la prise de Minova" (not "prise de parole", "prise d'otages", "de position")
        r"prise (?:de |du |d['’])(?!parole|position|otages?|conscience|sang|contact|pouvoir|"
        r"fonctions?|décision|vue|risques?|participation|contrôle)|"
        r"pass(?:é|ée|és|ées|e|ent) sous (?:le )?contrôle|"
        + _HELD_BY_SIDE_FR + r"|"
        r"moved into|fell to|fall of|took over)\b|"
        r"\b(?:pris|prenant|prennent|prend|prenait|prenaient) (?:[\w-]+ )?le contrôle|"
        # (the verb, not the noun: "l'entrée de son immeuble" is a doorway)
        r"\b(?:(?:sont|est|était|étaient|sera|seraient|serait) entr(?:é|ée|és|ées)|entrent|"
        r"entrer)\b[^.;]{0,50}?"
        r"\bdans\b|pris le contrôle|prise de contrôle|"
        r"(?:s['’]|se\s+)(?:est|sont|était|étaient)\s+[«»\"]?\s*emparée?s?\s*[«»\"]?\s+de|"
        r"s['’]empar(?:e|ent|ant|aient|ait)\b|s['’]emparer\b(?<!pour s'emparer)"
        r"(?<!pour s’emparer)(?<!\bde s'emparer)(?<!\bde s’emparer)|"
        r"\bemparée?s?\b|tombée? aux mains|"
        r"\bentered\b|"
        # a town held: "occupied the town of Quissanga", "raised their flag over", "occupent"
        # (not the word of a land held for long: "in the occupied West Bank village of Beita",
        # "Russian-occupied town")
        r"(?<!\bthe )(?<!\ban )(?<!-)(?<!\bin )(?<!\bof )(?<!\bto )(?<!\bfrom )"
        r"\boccup(?:ied|y|ies|ying)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:town|city|village|"
        r"district|headquarters|base|port|airport)\b|\braised (?:their|its|the) (?:[\w-]+ )?"
        r"flag\b|\b(?:ont|a) occupé (?:la ville|le village|la localité|le chef-lieu)\b|"
        # (« y avoir hissé le drapeau russe »)
        r"\bhiss(?:é|ent|aient) (?:leur|son|le) drapeau\b"), 1.0),
    "Government regains territory": (_rx(
        # (not ground won back earlier, the setting of today's news: "a village retaken from
        # the insurgents last week", « repris aux insurgés la semaine dernière »)
        r"(?:\b(?:retook|recaptured|retaken)\b|\brepris\b|reconquis)(?![^.;]{0,40}?\b(?:la "
        r"semaine dernière|le mois dernier|last week|last month|earlier this (?:week|month)|"
        r"il y a (?:\w+ )?(?:jours|semaines|mois)|days ago|weeks ago|months ago)\b)|reprise de|"
        # (not a building retaken from gunmen, a siege ended: "security forces regained
        # control of the hotel", "... killing four guards before troops regained control")
        r"\bregained control\b(?! of (?:the )?(?:[\w'’-]+ ){0,3}?(?:hotel|compound|building|"
        r"mall|school|university|campus|hospital|prison|jail|parliament|embassy|restaurant|"
        r"bank|ministry|church|mosque|premises|complex|theatre|theater|offices?|guesthouse)\b)"
        r"(?!\s*(?:[,.;]|$))|"
        r"\brecapture of\b|"
        # a siege broken or lifted: "troops had broken the siege of the General Command"
        + _SIEGE_BROKEN + r"|"
        r"\b(?:lifted|lifting) (?:the |a |its )?(?:[\w-]+ )?siege\b|\blevé (?:le|un) siège\b|"
        r"\blevée du siège\b|"
        r"(?<!armée de )(?<!front de )(?<!mouvement de )\blibération\s*[»\"”]?\s*(?:de |du |d['’])"
        r"(?!(?:[\w'’-]+ ){0,3}?(?:otages|prisonniers|détenus|captifs))"
        # (nor a person's, whom a crowd wants freed: « la libération de leur chef de bande »)
        r"(?!(?:leur|leurs|son|sa|ses|notre|nos|l['’]|un|une|deux|trois)\s*(?:[\w'’-]+ ){0,2}?"
        r"(?:chef|chefs|leader|leaders|camarades?|militants?|activistes?|journalistes?|"
        r"opposants?|député|élus?|dirigeants?|membres?|fils|frères?|proches|manifestants))|"
        r"\bliberation[\"”]? of (?!hostages|prisoners|detainees)|"
        r"\bdriven out\b|\bpushed out\b|\bchass(?:é|ée|és|ées)\b|"
        # (an aim is no retaking: "au moment où elles tentaient de reprendre la ville")
        r"\b(?:repren(?:d|nent|ait|aient)|" + not_after(
            ["reprendre"],
            ["\\btente de ", "tentent de ", "tentaient de ", "tentait de ", "tenté de ",
             "tenter de ", "\\bpour ", "promis de ", "cherche à ", "cherchent à ", "vise à ",
             "visant à ", "veut ", "veulent ", "voulait ", "essayé de "],
        ) + r")\b"
        r"(?! (?:les travaux|le travail|ses|leurs|la parole|"
        r"les cours|les négociations|les pourparlers|du service))|"
        # freeing people (prisoners, hostages) is not retaking ground
        r"(?:" + _LAND_HELD_BEFORE + r"\bliberated\b|\blibéré(?:e|s|es)?\b)"
        # (nor a person told as freed: « libéré mardi après une nuit en détention », « Libéré, le
        # cinéaste raconte »)
        r"(?!\s*,\s*(?:le|la|les|l['’]|un|une|the|an?)\s)"
        r"(?!(?:\s+[\w'’-]+){0,6}?\s+(?:détenus|détention|garde à vue|"
        r"prisonniers|otages|captifs|prisoners|inmates|detainees|hostages|captives|custody)\b)"),
        1.0),
    "Abduction/forced disappearance": (_rx(
        r"kidnap\w*|abduct\w*|\benl[eè]v(?:é|ée|és|ées|ements?|ent|ant|e)\b|"
        r"hostages? (?:taken|seized)|"
        r"\b(?:took|taking|take|taken|held|holding) (?:[\w-]+ ){0,3}hostages?\b|"
        r"\b(?:pris|prenant|prennent|retenu\w*) (?:[\w-]+ ){0,3}en otages?|"
        r"prise d['’]otages|\brapt\b|hijack\w*|\bheld (?:[\w-]+ ){0,3}at gunpoint\b|"
        # a ship and its crew seized: « avoir saisi trois navires »
        + SHIP_SEIZED + r"|"
        r"\bhostages (?:were |have been )?(?:freed|released)\b|"
        r"\botages (?:ont été )?(?:libérés|relâchés)\b"), 1.0),
    "Sexual violence": (_rx(r"\braped?\b|\brapes\b|\bviols?\b|sexual violence|violences "
                            r"sexuelles"), 1.0),
    "Attack": (_rx(
        r"\bassassinat\w*|\bassassin(?:é|ée|és|ated|ation)\b|\bmassacres?\b|\bmassacred\b|"
        r"opened fire on|ouvert le feu sur|machetes?|machettes?|\bexecuted\b|exécutés?|"
        r"burn(?:ed|t) (?:houses|homes|villages?)|incendié|stormed|\bshot dead\b|abattus?|"
        r"\btué(?:e|s|es)? par balles?\b|\bshot and killed\b|\bgunned down\b|"
        # knives: "found stabbed to death", « tué au couteau », « poignardé »
        r"\bstabb(?:ed|ing|ings)\b|\bhacked to death\b|\bpoignardée?s?\b|"
        r"\b(?:tuée?s?|attaque|agression) au couteau\b|"
        # shots from a passing car
        r"\bdrive-?by\b|\bshooting attack\b|\battaque par balles\b|"
        r"\btirs? depuis une voiture\b|\bshoot(?:s|ing)? dead\b|"
        # a vehicle driven into people: "ramming spree", « attaque à la voiture-bélier »
        r"\b(?:car-)?ramming\b(?! (?:an? |the )?explosives?)|\bvoitures?[- ]béliers?\b|"
        r"\bcamions?[- ]béliers?\b|\bdrove (?:an? |his |their |the )?(?:stolen )?(?:[\w-]+ )?"
        r"(?:car|cars|vehicle|vehicles|truck|lorry|van) into\b"), 1.0),
    # (not a church: "une église protestante", "Protestant"; not a movement: "figure of the
    # Oromo protest movement", "le mouvement de protestation oromo")
    "Peaceful protest": (_rx(
        r"(?<!mouvement de )(?<!mouvements de )\bprotest(?!ant)(?!\w*\s+movements?\b)\w*|"
        r"\bdemonstrators?\b|manifestants?|(?<!mouvement de )(?<!mouvements de )"
        r"manifestations?|"
        # a march of protest: « une marche interdite contre les autorités », « la marche des
        # jeunes », "marchers"
        r"\bmarches? (?:interdites?|pacifiques?|de protestation|contre|de (?:jeunes|femmes|"
        r"colère)|des (?:jeunes|femmes))\b|\bmarchers\b"), 1.0),
    "Excessive force against protesters": (_rx(
        r"(?:fired?|opened fire|open fire|shot) (?:\w+ ){0,2}(?:on|at|into) (?:\w+ ){0,2}?"
        r"(?:protesters|demonstrators|crowds of protesters|(?:peaceful )?protest\b)|"
        # (people told protesting: "opened fire on hundreds of secondary school students
        # protesting in the town")
        r"(?:fired?|opened fire|open fire|shot) (?:on|at|into) (?:\w+ ){0,4}?"
        r"(?:students|pupils|youths|residents|villagers|people|workers|women|crowds?) "
        r"(?:who were )?(?:protesting|demonstrating|rallying|marching)\b|"
        r"tir\w* sur (?:les|des) manifestants|"
        # the protesters killed, told by the verb first: "security forces kill 22 protesters",
        # "shot dead at least 22 anti-coup protesters"
        r"\b(?:kill(?:s|ed|ing)?|shot dead|shoot dead|gunned down|tuent|ont tué|a tué|abattent|"
        r"ont abattu) (?:at least |au moins |more than |plus de )?"
        r"(?:(?!(?:as|when|while|in|after|during|by|lors|quand|alors|dans|après)\b)[\w-]+ ){0,3}?"
        r"(?:protesters|demonstrators|manifestants)\b|"
        # the protesters told dead, a part named in between: "five protesters, four of them
        # students, were shot dead", « cinq manifestants, dont quatre lycéens, tués par balles »
        r"(?:protesters|demonstrators)(?:,[^,.;:]{1,40},)? (?:were |have been )?(?:killed|shot|"
        r"gunned down)|manifestants(?:,[^,.;:]{1,40},)? (?:ont été |sont )?(?:tués|abattus)|"
        r"(?:ouvert le feu|tiré)(?: à balles réelles)?(?: [\w-]+)? sur (?:les |des |une |la )?"
        r"(?:manifestants|manifestation|protestataires|(?:habitants|villageois|personnes) qui "
        r"(?:manifestaient|protestaient))|tear gas|gaz lacrymogènes?|"
        # a protest put down: "la dispersion sanglante du sit-in", "stormed the protest camp"
        r"\b(?:dispersion|dispersal|répression|crackdown)\s+(?:\w+\s+){0,2}?(?:du|de la|des|"
        r"d['’]une?|of the|of an?|on the|on an?)\s+(?:\w+\s+)?(?:sit-in|manifestations?|"
        r"rassemblements?|protests?|protesters|demonstrat\w+|manifestants)|"
        r"\bstorm\w* (?:the |a )?(?:main )?(?:protest camp|sit-in)|" + DISPERSED), 1.0),
}

#: A cordon or a gate forced, a building broken into, a street barred with burning tyres: a
#: crowd's acts, and violence of their own.
#: A crowd breaking into a seat of power: "Sadr supporters break into Iraqi parliament".
_BROKE_INTO = (
    r"\b(?:break|breaks|breaking|broke|broken) into (?:the |a )?(?:[\w'’-]+ ){0,3}?"
    r"(?:parliament|assembly|palace|presidency|ministry|headquarters|embassy|compound|"
    r"police station|governor's office|courthouse|congress|senate|"
    # stores a crowd breaks into: "broke into NEMA and other food stores"
    r"warehouses?|food stores|stores|shops|depots?|granar(?:y|ies))\b"
)
_FORCED_THROUGH = (
    r"\b(?:overwhelm\w*|overran|overrun|broke through|break(?:s|ing)? through|forc(?:ed|ing)) "
    r"(?:a |the )?(?:(?:police|security) (?:cordon|barricade|barrier|line)s?|"
    r"(?:cordon|barricade|barrier|roadblock)s?)\b|"
    r"\b(?:ram(?:med|ming)?|smash(?:ed|ing)?|forc(?:ed|ing)|break(?:s|ing)? through|broke "
    r"through) (?:open )?(?:the |its )?(?:[\w-]+ )?gates?\b|"
    # stones and petrol bombs thrown: "threw petrol bombs and stones at police"
    r"\b(?:threw|throw|throwing|thrown|hurl\w*) (?:[\w-]+ ){0,2}?(?:stones|rocks|petrol bombs?|"
    r"molotov cocktails?|firebombs?|bottles|fireworks)\b|"
    r"\b(?:lancé|lançant|lancent|jeté|jetant|jettent) (?:des )?(?:pierres|cocktails? molotov|"
    r"engins incendiaires|projectiles|bouteilles)\b|"
    r"\b(?:forcé|forçant|forcent|franchi|franchissant|enfonc\w+) (?:un|le|les|des|la) "
    r"(?:barrages?|cordons?|portes?|portails?|grilles?)\b|"
    r"\benvahi(?:ssent|ssant|ssaient|t|e|r) (?:le|la|les|l['’]) ?(?:palais|parlement|siège|"
    r"aéroport|enceinte|locaux|congrès|assemblée|tribunal|commissariat|mairie|préfecture|tarmac|"
    r"pistes?|halls?|bureaux|résidence)\b|"
    r"\b(?:burning (?:tyres|tires|barricades)|barricades? (?:de pneus )?(?:enflammé|en feu)\w*|"
    r"pneus (?:enflammés|en feu|brûlés))\b|"
    # streets barred and tyres burnt: « ont érigé des barricades et brûlé des pneus »,
    # "erected barricades"
    r"\b(?:érig\w+|dress\w+) des barricades\b|"
    r"\b(?:erected|erecting|set up|put up|mounted) (?:[\w-]+ )?barricades\b|"
    # a runway or a compound overrun: "protesters broke onto the runway"
    r"\b(?:broke|break(?:s|ing)?|burst|stormed|poured) onto (?:the )?(?:runway|tarmac|airfield|"
    r"pitch|base)\b|\binvad(?:ed|ing) (?:the )?(?:runway|tarmac|airport|airfield|compound)\b|"
    r"\b(?:brûl\w+|incendi\w+) des pneus\b|\bburn(?:ed|t|ing)? (?:[\w-]+ )?(?:tyres|tires)\b"
)

#: Riots, read apart from the event cues (their words overlap those of attacks and protests):
#: a crowd ...
CROWD = _rx(
    r"\briot\w*|\bmobs?\b|\bcrowds?\b|\bsupporters\b|\bprotesters\b|\bdemonstrators\b|"
    r"\byouths\b|\bémeut\w+|\bfoules?\b|\bpartisans\b|\bmanifestants\b|"
    r"\bjeunes en colère\b|\bgroupes? de jeunes\b|\bcasseurs\b|\bviolences urbaines\b|"
    # a crowd told by its numbers or its anger: « des dizaines de jeunes », "hundreds of
    # angry residents", « des jeunes ont érigé des barricades »
    # (not the residents who fled: "hundreds of residents fled")
    r"\b(?:dizaines|centaines|milliers) de jeunes\b|"
    r"\b(?:dozens|hundreds|thousands|scores) of (?:angry (?:young (?:men|people)|residents|"
    r"youths?)|young men|youths)\b|\bangry residents\b|\bhabitants en colère\b|"
    r"\bdes jeunes (?:ont|se sont|sont) (?:érigé|descendus|barricadé|affronté|incendié)|"
    # ... or by what its numbers did: "hundreds of people broke into", « des centaines
    # d'habitants ont pillé »
    r"\b(?:dozens|hundreds|thousands|scores) of (?:people|residents) (?:broke|looted|stormed|"
    r"torched|ransacked|burned|set|pelted)\b|"
    r"\b(?:dizaines|centaines|milliers) d['’](?:habitants|personnes) (?:[\w-]+ )?(?:ont|avaient) "
    r"(?:pillé|saccagé|incendié|envahi|pris d['’]assaut|brûlé)"
)
#: ... storming, burning, looting ...
RIOT_ACT = _rx(
    r"\bstormed\b|\bransack\w+|\btorch(?:ed|ing)\b|\bset (?:on )?fire\b|\bset ablaze\b|"
    r"\blooted\b|\bvandali[sz]\w+|\bhurl(?:ed|ing) (?:stones|rocks)|\bpelted\b|"
    r"\bsaccag\w+|\b(?:pris|prend|prennent|prise|prenant) d['’]assaut\b|\bstorm(?:s|ing)?\b|"
    r"\bincendi(?:ent|é|ée|és|ées|ant|aient)\b|\b(?:mis|mettant|mettent|mettaient) le feu\b|"
    r"\bpill(?:é|ée|és|ées|ent|ant|age)\b|\bjets? de pierres\b|\bcaillass\w+|"
    # a building a crowd besieges: "a crowd besieged the court", « la foule a assiégé »
    r"\bbesieg(?:e|es|ed|ing)\b|\bassiég(?:é|ée|és|ent|eant)\b|"
    + _BROKE_INTO + r"|" + _FORCED_THROUGH
)
#: ... or a mob killing or beating.
MOB = _rx(
    r"\blynch\w*|\bmob justice\b|\bangry mobs?\b|"
    r"\bmobs? (?:of|attack\w*|kill\w*|beat\w*|burn\w*|lynch\w*|drag\w*|set upon|chas\w*)\b|"
    r"\bfoule en colère\b|\bvindicte populaire\b|\bjustice populaire\b|\blynchage\b|"
    r"\b(?:tué|battu|lynché|brûlé)e?s? (?:vifs? |vives? )?par (?:la|une) foule\b|"
    # unarmed locals who set on a patrol: "youths attack UNIFIL patrol", « des habitants ont
    # agressé une patrouille de la Finul »
    # (not armed youths: "armed youths attacked their convoy" is a raid)
    r"(?<!armed )\b(?:youths|young men|villagers|residents|locals|jeunes|habitants|villageois)\b"
    r"(?! armés)[^.;]{0,30}?"
    r"\b(?:attack(?:ed|s)?|assault(?:ed|s)?|stoned|pelted|blocked and attacked|ont attaqué|"
    r"ont agressé|ont caillassé|s['’]en sont pris à|attaquent|agressent)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:patrols?|convoys?|peacekeepers|patrouilles?|convois?|casques bleus)\b|"
    # unarmed locals who beat or stone people: "villagers ... surrounded the homes and beat
    # them savagely", "beaten to death by villagers", « roués de coups par des habitants »
    r"(?<!armed )\b(?:villagers|residents|locals|villageois|habitants)\b(?! armés)"
    r"[^.;]{0,80}?\b(?:beat (?:them|him|her)|stoned|ont battu|ont lapidé|ont roué)\b|"
    r"\b(?:beaten|stoned|hacked|burn(?:ed|t)) to death by (?:a |an |the )?(?:angry )?"
    r"(?:crowd|villagers|residents|locals)\b"
)

#: Generic violence words: "attack" itself says little about the kind of event.
ATTACK = _rx(r"\battack\w*|\battaqu\w*|\battentats?\b|\bassault\w*|\braid\b|\braids\b")

#: Another nation's adjective after a French word of the forces: « le commandement militaire
#: américain » is not the country's own.
_OTHER_NATIONS = (
    r"(?! (?:[a-zé]+(?:ains?|aines?|iens?|iennes?|ais|aises?|sses?|rques?|ites?))\b)"
)

#: Targets that make an attack a battle (armed opponents) ...
#: Armed men who are no state's forces, by the words the news uses for them.
_ARMED_MEN = (
    r"gang members|gangsters|bandits|militants|insurgents|jihadists|terrorists|rebels|"
    r"membres de gangs?|membres de bandes?|jihadistes|djihadistes|terroristes|insurgés|"
    r"rebelles|gangs?ters|assaillants|attackers|assailants|gunmen|militiamen|miliciens"
)
MIL_TARGET = _rx(
    r"\bsoldiers?\b|\btroops\b|\barmy\b(?!-)|\bmilitary (?:base|camp|post|airport|positions?|"
    r"convoy)|\bbase\b|\bbarracks\b|checkpoints?|\bpositions\b|gendarmerie|gendarmes|"
    r"policem[ae]n|police (?:station|post|compound|officers?|headquarters|HQ|personnel|"
    r"convoy|trucks?|vehicles?|patrols?|team|squad|camp|base|barracks|outposts?|lines)|"
    r"policiers?|"
    # customs and border posts are the state's armed posts: « le poste de douane »
    r"\bcustoms (?:post|office|officers?)|\bpostes? de (?:douane|police)|\bdouaniers?\b|"
    # border guards and conscripts: « trois gardes-frontières tués », "killing two conscripts"
    # (not guards who fire: "Abkhaz border guards shot dead a Georgian")
    r"(?:\bborder (?:guards?|police|regiment|post)s?\b|\bgardes?[ -]frontières?\b)"
    r"(?!['’]| service)(?! (?:(?:have|had|also|allegedly|reportedly) )?(?:killed|shot|opened|"
    r"fired|detained|beat|abducted|ont|a|auraient|avaient|tirent|tuent)\b)|\bconscripts?\b|"
    r"\bgendarme\b|\bsecurity personnel\b|\bairm[ae]n\b|\bair warriors\b|\bsailors\b|"
    r"\bcops\b|"
    r"quartier général de la police|commissariat|\bsoldats|\bmilitaires|\bcamp militaire|"
    r"aéroport militaire|caserne|\bservice members\b|"
    # a unit's post: "the army detachment", « le détachement militaire de Mansila »
    r"\b(?:military|army) detachments?\b|\bdétachements? (?:militaires?|de l['’]armée|de "
    r"gendarmerie)\b|"
    # (not the attackers: "des combattants du JNIM ont attaqué", "fighters of the group")
    # (nor fighters who did it: "Boko Haram fighters killed 60 people")
    r"\bfighters\b(?! (?:of|from|loyal to|linked to|affiliated))(?! (?:have |had |also )?"
    r"(?:killed|attacked|stormed|raided|abducted|kidnapped|opened fire|shot|burned|burnt|"
    r"torched|ambushed|overran|seized|looted|arrived|entered|rounded up)\b)"
    # (nor fighters blamed for it: "police say separatist fighters were behind the killing")
    r"(?! (?:were|are|was|is) (?:behind|responsible)\b)|"
    # one fighter hit ("killed with another fighter"; not a fighter jet)
    r"\b(?:another|a|one|second) fighter\b(?! (?:jets?|planes?|aircraft|bombers?))|"
    r"combattants(?! (?:du|de|d['’]|des|djihadistes|jihadistes|islamistes|terroristes))|"
    r"mercenar\w+|"
    r"\bmilitary (?:headquarters|command)|\bregional command\b|\bQG militaire|"
    # a training ground: "a military training centre", « un centre d'entraînement »
    r"\btraining (?:centre|center|ground|camp)s?\b|\bcentres? d['’](?:entraînement|instruction)|"
    r"\bterrains? d['’]entraînement|\bmilitary (?:academy|school|unit)\b|\bécole militaire|"
    r"\bquartier général (?:militaire|de l['’]armée)|\bcommandement (?:militaire|régional)"
    # (not another nation's command: « le commandement militaire américain »)
    + _OTHER_NATIONS + r"|"
    r"\b(?:military (?:[\w-]+ )?(?:institute|academy|college|school)|cadets|recruits|recrues|"
    r"(?:école|académie|institut) militaire)\b|"
    # auxiliaries and pro-government militias are armed men too
    r"\b(?:defen[cs]e volunteers|volontaires (?:de la défense|pour la défense)|VDP|"
    r"supplétifs|auxiliaries|rangers)\b|"
    # one man of the forces, and the forces by their other names: "un soldat ukrainien tué",
    # "CRPF jawan killed as militants attack patrol", "a head constable"
    # (not the forces at large, so often the ones who fire: "security forces opened fire")
    r"\b(?:soldat|gendarme|jawans?|constables?|patrols?|patrouilles?|peacekeepers?|"
    r"casques bleus)\b|"
    r"\b(?:un|le|du|au) militaire\b|"
    # armed men among the dead: "police killed 28 suspected gang members", "une vingtaine de
    # jihadistes neutralisés" (the dead of one side of a fight)
    r"\b(?:kill\w*|tu(?:é|és|ant)|abattu\w*|neutralis\w+)\s+(?:the |les |all |tous les )?"
    r"(?:at least |more than |au moins |"
    r"plus de |some |about |près de )?(?:(?!(?:as|when|after|by|in|during|while|comme|par|"
    r"lors|quand|and|et)\b)[\w-]+\s+)?(?:suspected |alleged |présumés |presumed )?"
    r"(?:" + _ARMED_MEN + r")\b|"
    # (the active voice is theirs: "Boko Haram militants killed 30 people")
    # (a group's name between: « treize miliciens Kamuina Nsapu tués »)
    r"\b(?:" + _ARMED_MEN + r")(?:\s+(?!(?:who|qui|that)\b)[\w'’-]+){0,2}?\s+(?:(?:were|have "
    r"been|had been) killed|(?:ont été |sont |avaient été )?(?:tués|abattus|neutralisés))\b"
)
#: ... and targets that make it violence against civilians.
CIV_TARGET = _rx(
    r"\bcivilians?\b|\bcivils?\b|villagers|villageois|worshippers|\bfidèles\b|tourists?|"
    r"touristes|\bchurch\b|église|mosques?|mosquée|\bvillages?\b|\bmarket\b|marché|concert|"
    r"\bcrowd\b|\bfoule\b|residents|habitants|\bfamilies\b|familles|shoppers|passengers|"
    # what carries them: "a passenger bus", « un bus de voyageurs »
    r"\bpassenger (?:bus|buses|vehicles?|boats?|ferry|train|coach)\b|"
    r"\b(?:bus|car|cars) de (?:voyageurs|passagers|transport en commun)\b|"
    r"passagers|\bchildren\b|\benfants\b|hospital|hôpital|patients|displaced|déplacés|"
    r"evacuees|\bschool\b|students|élèves|women|femmes|employees|\bstaff\b|salariés|employés|"
    r"ouvriers|\bworkers\b|\btravailleurs\b|"
    # people by their trade: "20 miners", "deux humanitaires français", "two reporters"
    # (not whom a spokesman told or quoted: "told reporters", "an aid worker said")
    r"\b(?:" + not_after(
        ["miners", "mineurs", "orpailleurs", "farmers", "agriculteurs", "cultivateurs",
         "paysans", "herders", "éleveurs", "fishermen", "pêcheurs", "traders", "commerçants",
         "pupils", "schoolchildren", "écoliers", "schoolgirls", "lycéens", "lycéennes",
         "pilgrims", "pèlerins", "journalists", "journalistes", "aid workers",
         "humanitarian workers", "travailleurs humanitaires", "employés humanitaires",
         "collaborateurs humanitaires", "agents humanitaires", "guests", "invités", "wedding",
         "mariage", "motorists", "travellers", "travelers", "commuters", "voyageurs",
         "automobilistes", "usagers de la route", "hunters", "gatherers", "shepherds",
         "bergers", "cueilleurs", "woodcutters", "bûcherons"],
        ["told ", "tell ", "to ", "aux ", "an "],
    ) + r")\b|"
    r"\b(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix) humanitaires\b|"
    r"\b(?:shopping (?:centre|center|mall)|malls?|centres? commercia(?:l|ux)|supermarket|"
    r"supermarché|hypermarket|hypermarché|apartment (?:block|building)s?|immeubles?|residential|"
    r"résidentiel\w*|hotels?|hôtels?|restaurants?|cafés?)\b"
)
#: Victims without a side: civilians only when nothing says they were fighters.
VICTIMS = _rx(r"\bpeople\b|\bpersonnes\b|\bpersons\b|\badults\b|\bhabitants\b")
#: Civilians, and a woman civilian in French: « deux policiers et une civile ».
_CIVILIAN_WORDS = r"(?:civilians|civils|civiles?)"
#: Civilians named as the dead or wounded: they are a side even next to a military site
#: ("a truck bomb near an air base killed six civilians").
CIV_VICTIMS = _rx(
    r"\b(?:kill\w*|wound\w*|injur\w*|tuant|tué(?:e|s|es)?|bless\w+)\s+(?:at least |more than |"
    r"au moins |plus de )?(?:[\w-]+\s+)?" + _CIVILIAN_WORDS + r"\b|"
    r"\b" + _CIVILIAN_WORDS + r"\s+(?:were |have been |ont été |sont )?(?:killed|wounded|injured|"
    r"dead|tués|blessés|morts)\b|"
    # ... or counted among them: "seven civilians and three soldiers were among the dead",
    # « sept civils figurent parmi les morts »
    r"\b" + _CIVILIAN_WORDS + r"\b[^.;:]{0,60}?\b(?:were|are|figurent|figuraient|sont|étaient)\s+"
    r"(?:among|parmi)\s+(?:the dead|those killed|the victims|the casualties|the wounded|"
    r"the injured|les morts|les tués|les victimes|les blessés)\b|"
    r"\b(?:the dead|those killed|the victims|the casualties|the wounded|the injured)\s+"
    r"included\s+(?:[\w-]+\s+){0,2}?" + _CIVILIAN_WORDS + r"\b|"
    r"\b(?:dont|including|among them|parmi lesquels|parmi eux)\s+(?:des\s+|\d+\s+|[\w-]+\s+)?"
    + _CIVILIAN_WORDS + r"\b|"
    # children, women, pupils among the dead are civilians: "seven of them children",
    # "dont sept enfants"
    r"\b(?:dont|including|among them|parmi lesquels|parmi eux|of them)\s+(?:des\s+|\d+\s+|"
    r"[\w-]+\s+)?(?:children|women|pupils|schoolchildren|worshippers|enfants|femmes|élèves|"
    r"fidèles|child|woman|pupil|enfant|femme|élève|fillette|garçonnet|bébé|baby|toddler)\b|"
    r"\b(?:\d+|[\w-]+) of them (?:children|women)\b|"
    # civilians counted beside the forces hit: "three soldiers and two civilians", « trois
    # policiers et deux civils »
    r"\b(?:soldiers|troops|personnel|policemen|police officers|officers|guards|soldats|"
    r"militaires|policiers|gendarmes)\s+(?:and|et)\s+(?:\d+\s+|[\w-]+\s+)?"
    + _CIVILIAN_WORDS + r"\b|"
    # (one told by the work he did for them: "and a civilian driver were killed")
    r"\b(?:an?|one|un|une)\s+civilian\s+(?:driver|employee|worker|contractor)\b"
    r"(?=[^.;]{0,40}\b(?:killed|dead|died|wounded|injured)\b)|"
    r"\b" + _CIVILIAN_WORDS + r"\s+(?:were |have been |ont été )?(?:martyred|martyrisés)\b|"
    # "most of the victims were civilians", « la plupart des victimes sont des civils »
    r"\bvictims (?:were|are) (?:mostly |mainly |all )?civilians\b|"
    r"\bvictimes (?:sont|étaient) (?:surtout |essentiellement )?des civils\b|"
    # the dead broken down by kind, a place or a time between: "most of the casualties in the
    # provincial capital, Lashkar Gah, were civilians", « la majorité des blessés sont des
    # femmes et des enfants »
    r"\b(?:most|many|all|the majority|half|some) of the (?:casualties|victims|dead|killed|"
    r"wounded|injured)\b[^.;:]{0,60}?\b(?:were|are) (?:\w+ ){0,2}?(?:civilians|women|children|"
    r"villagers|worshippers|pupils|students|residents)\b|"
    r"\b(?:la plupart|la majorité|une majorité|l['’]essentiel|beaucoup|nombre|la moitié) des "
    r"(?:victimes|morts|tués|blessés)\b[^.;:]{0,60}?\b(?:sont|étaient|seraient) (?:des |de )?"
    r"(?:\w+ ){0,2}?(?:civils|femmes|enfants|villageois|fidèles|élèves|habitants)\b"
)
#: The lone attacker shot or caught: the police or troops who did it answered an attack, and
#: fought no battle ("the assailant was shot dead by a police officer", « le terroriste a été
#: neutralisé »).
_LONE_ATTACKER = (
    r"gunman|assailant|attacker|terrorist|shooter|stabber|tireur|assaillant|agresseur|terroriste"
)
LONE_ATTACKER_DOWN = _rx(
    r"\b(?:the|l['’]|le)\s*(?:[\w-]+\s+)?(?:" + _LONE_ATTACKER
    + r"|auteur de l['’](?:attaque|attentat))\b"
    r"[^.;]{0,60}?\b(?:was|has been|had been|a été|avait été|était)\s+"
    r"(?:later\s+|then\s+|quickly\s+|ensuite\s+|rapidement\s+)?"
    r"(?:shot dead|shot and killed|killed|neutrali[sz]ed|arrested|caught|apprehended|abattu|"
    r"neutralisé|tué|arrêté|interpellé)\b|"
    r"\b(?:shot dead|killed|neutrali[sz]ed|arrested|abattu|neutralisé|arrêté|interpellé)\s+"
    r"(?:the|l['’]|le)\s*(?:" + _LONE_ATTACKER + r")\b"
)
#: People who are no fighters, named as the dead or wounded of a blast or strike ("douze
#: enfants et adolescents ont été tués", "killing five members of one family", "displaced
#: people, mostly women and children, were killed").
_NOT_FIGHTERS = "(?:" + by_first_letter(
    r"children|kids|teenagers|adolescents|women|enfants|femmes|migrants|refugees|réfugiés|"
    r"displaced|déplacés|worshippers|fidèles|pilgrims|pèlerins|passengers|passagers|shoppers|"
    r"students|étudiants|élèves|pupils|schoolchildren|écoliers|villagers|villageois|"
    r"farmers|agriculteurs|fishermen|pêcheurs|seafarers|journalists|journalistes|"
    r"aid workers|humanitaires|family|famille|civilians|civils|"
    # a crowd's people at a match, a market, a wedding, a funeral
    r"fans|spectators|spectateurs|mourners|wedding guests|guests|invités|customers|clients|"
    r"traders|commerçants|vendors|vendeurs|commuters|bystanders|passers-by|passants|"
    r"pedestrians|piétons|diners|patients|teachers|enseignants|"
    # girls, boys, sisters and babies: "trois fillettes tuées dans un raid aérien"
    r"girls|boys|babies|infants|toddlers|sisters|fillettes|garçons|garçonnets|bébés|"
    r"nourrissons|sœurs|soeurs|schoolgirls|écolières|lycéens|lycéennes|"
    # one of them: "a 31-year-old woman was killed", « une fillette tuée »
    r"woman|girl|boy|child|baby|infant|toddler|femme|fillette|enfant|bébé|nourrisson|"
    r"villager|farmer|shepherd|fisherman|pilgrim|passenger|student|schoolgirl|schoolboy|"
    r"villageoise?|agricultrice|agriculteur|berger|pêcheur|pèlerin|passagère|passager|"
    r"étudiante?|écolière|écolier|lycéenne?|"
    # (not a word of the forces' or an employer's: "civilian defence auxiliaries", "a civilian
    # contractor")
    r"civilian(?!\s+(?:defen[cs]e|contractors?|employees?|auxiliar\w*|staff|workers?|personnel|"
    r"volunteers?|militia\w*|joint|guards?|police|officials?|administrat\w+|government|"
    r"authorit\w+|areas?|targets?|casualt\w+|infrastructure|objects?|aircraft|airliner|plane|"
    r"vessel|ship|boat|vehicles?))|"
    # (the French noun, not the adjective: « un civil tué », not « un employé civil »)
    r"(?<=\bun )civil|(?<=\ble )civil"
) + ")"
HARMED_NOT_FIGHTERS = _rx(
    r"\b(?:kill\w*|wound\w*|injur\w*|tuant|tué(?:e|s|es)?|bless\w+|"
    # a toll told as lives lost: "claimed the lives of two farmers", « a coûté la vie à un
    # civil »
    r"(?:cost|claimed) the li(?:fe|ves) of|coûté la vie (?:à|aux))\s+(?:at least |more than |"
    r"au moins |plus de |some |about |près de )?(?:[\w'’-]+\s+){0,3}?" + _NOT_FIGHTERS + r"\b|"
    # (not a noun's complement: "le ministre des réfugiés a été tué", "camp de réfugiés")
    r"(?<!\bof )(?<!\bfor )(?<!\bdes )(?<!\bde )(?<!\bdu )(?<!\bd['’])"
    # (« les supplétifs civils de l'armée » are fighters)
    r"(?<!supplétifs )(?<!auxiliaires )\b" + _NOT_FIGHTERS
    + r",?\s+(?:(?!(?:a|as|fait|made|has|have|had)\b)[\w'’-]+,?\s+){0,3}?"
    r"(?:were |have been |had been |ont été |sont |avaient été |a été |avait été |est )?"
    r"(?:killed|wounded|injured|hurt|dead|tué(?:e|s|es)?|bless(?:é|ée|és|ées)|morts?)\b|"
    # a toll broken down: "18 of the wounded were security personnel and two were
    # passers-by", « deux passants figurent parmi eux », « parmi les blessés, deux passants »
    r"\b(?:of|among) the (?:wounded|injured|dead|victims)\b[^.;]{0,80}?\b(?:were|was)\s+"
    r"(?:[\w-]+\s+)?" + _NOT_FIGHTERS + r"\b|"
    + _NOT_FIGHTERS + r"\s+(?:figurent|figure|sont|se trouvent)\s+parmi\s+(?:eux|elles|les "
    r"(?:blessés|morts|victimes|tués))\b|"
    r"\bparmi les (?:blessés|morts|victimes|tués)(?:\s+figurent|\s*,)?\s+(?:[\w'’-]+\s+){0,2}?"
    + _NOT_FIGHTERS + r"\b|"
    # ... or after a colon: « dix blessés : sept agents et trois civils »
    r"\b(?:blessée?s|morts|tuée?s|victimes|dead|wounded|injured|casualties)\s*:\s*"
    r"[^.;:]{0,120}?\b"
    + _NOT_FIGHTERS + r"\b"
)
#: Victims counted by nationality ("killed at least 90 Palestinians"): the word after the
#: figure, checked against the demonyms.
KILLED_NATIONALS = _rx(
    r"\b(?:kill\w*|tuant|tué(?:e|s|es)?)\s+(?:at least |more than |over |au moins |plus de |"
    r"some |about |près de )?[\d,.]+\s+([\w-]+)"
    # ("92 Chadian soldiers" are no civilians)
    r"(?!\s+(?:soldiers|troops|servicemen|personnel|police\w*|officers|gendarmes|militants|"
    r"fighters|rebels|insurgents|militiamen|guards|sailors|pilots|marines|soldats|militaires|"
    r"policiers|gendarmes|combattants|rebelles|miliciens|jihadistes|djihadistes|peacekeepers|"
    r"paramilitary|paramilitaries|paramilitaires|militia\w*|volunteers|casques)\b)"
)

#: A person beaten: "beat him", « roué de coups », « passé à tabac ».
BEATEN_PERSON = (
    r"\bbeat(?:s|ing)? (?:him|her|them)\b|\broué(?:e|s|es)? de coups\b|"
    r"\btabass(?:é|ée|és|ées|ent|aient|ant)\b|\bpassée?s? à tabac\b"
)
#: Anything that makes a text about a violent event.
#: People set free, a fate of their own beside the dead: "900 inmates escaped", « 930
#: prisonniers libérés ».
SET_FREE = r"escaped|freed|released|évadée?s|libérée?s"
#: Homes and buildings, as what is blown up (``VIOLENCE``) or demolished.
HOMES = r"maisons|houses|homes|buildings|bâtiments|habitations|immeubles"
VIOLENCE = _rx(
    r"\bkill\w*|\bdead\b|\bdeaths?\b|\bdied\b|\bwound(?:ed|s|ing)\b|\binjur\w+|\battack\w*|"
    # a flag raised over a building taken: "raised the Russian flag over Bakhmut city hall",
    # « hissé le drapeau russe sur la mairie »
    # (and told the other way round: "Assad's forces raise flag over Daraa", « le drapeau du
    # régime hissé à Deraa »; not a warning: "raised a red flag over the plan")
    r"\brais(?:e|es|ed|ing) (?:(?:their|its|the|a) )?(?:[\w'’-]+ ){0,2}?(?<!red )flags? "
    r"(?:over|on|above|atop)\b|"
    r"\bhiss(?:é|ent|aient) (?:leur|son|le) drapeau\b|"
    r"\bdrapeau (?:[\w'’-]+ ){0,3}?(?:a été |est |ont été |sont )?hissés? (?:sur|à|au|dans)\b|"
    r"\bstabb(?:ed|ing|ings)\b|\bpoignardée?s?\b|"
    r"\bassault\w*|\bbrûlée?s? vif(?:ve)?s?\b|\bburn(?:ed|t) alive\b|"
    # killings without trial: "summarily executed 30 villagers", « ont exécuté 70 civils » (not
    # a death sentence carried out, nor a plan)
    r"\b(?:summarily |extrajudicially )?executed (?:at least |more than |some |about |"
    r"dozens of |hundreds of )?(?:\d+ |[\w-]+ ){0,2}(?:civilians|villagers|people|men|women|"
    r"children|captives|prisoners of war|soldiers|residents)\b|"
    r"\bexécut(?:é|és|ée|ées|ant) (?:sommairement )?(?:au moins |plus de |une? |des |les )?"
    r"(?:\d+ |[\w-]+ ){0,2}(?:civils|villageois|personnes|hommes|femmes|enfants|captifs|"
    r"prisonniers|soldats|habitants)\b|"
    # a group's claim of killings: "IS claims the execution of 11 Christians", « revendique
    # l'exécution de onze chrétiens » (not a death sentence: prisoners are left out)
    r"\bexecution of (?:at least |more than |some )?(?:\d+ |[\w-]+ ){1,2}(?:civilians|villagers|"
    r"christians|residents|hostages|captives|soldiers|farmers|fishermen|worshippers)\b|"
    r"\bexécution (?:sommaire )?(?:de |d['’])(?:au moins |plus de )?(?:\d+ |[\w-]+ ){1,2}"
    r"(?:«\s*)?(?:civils|villageois|chrétiens|habitants|otages|captifs|soldats|paysans|"
    r"agriculteurs|pêcheurs|fidèles)\b|"
    # the wounded who die later: "un jeune Israélien succombe", "died of his wounds"
    r"\bsuccomb\w*|\bdied (?:of|from) (?:his|her|their) (?:wounds|injuries)\b|"
    r"\btolls? (?:climbs?|climbed|rises?|rose|risen|jumps?|reach\w*|mounts?)\b|"
    r"\bbilan (?:s['’]alourdit|passe|monte|grimpe)\b|"
    # (not a walkout: "calls general strike", "grève de la faim")
    r"\bstrikes?\b(?<!general strike)(?<!general strikes)(?<!hunger strike)(?<!labour strike)"
    r"(?<!labor strike)(?<!workers' strike)|"
    # (a strike owned or denied, not "striking workers": "coalition denies striking hall")
    r"\b(?:den(?:y|ies|ied)|admit(?:s|ted)?|accus\w+ of|blamed for) striking\b|"
    # a ship sunk: "sank the Russian patrol ship", « avoir coulé le patrouilleur »
    r"\b(?:sank|sunk|coulée?s?)\b(?= (?:the|a|an|its|le|la|les|un|une|son|deux|trois) )|"
    r"\bstruck\b|\bcaptures?\b(?! (?:the )?(?:imagination|attention|moment|mood|"
    r"spirit|essence|image|hearts?)\b)|\bhits?\b|air ?strikes?|\bbomb\w*|\bblasts?\b|"
    r"explosions?|exploded|shell\w*|"
    r"missiles?|rockets?|\bmortars?\b|\bmortiers?\b|\bdrones?\b|gunmen|opened fire|"
    r"\bopens? fire\b|clash\w*|\bfighting\b|"
    r"ambush\w*|"
    # a weapon or a ship destroyed: "said it had destroyed a large Russian landing ship"
    r"\bdestroyed (?:an? |the |two |three |several )?(?:[\w-]+ ){0,2}?(?:ships?|vessels?|"
    r"tanks?|aircraft|helicopters?|jets?|warships?|boats?|launchers?|depots?)\b|"
    # an attack fought off: "said it had repelled several attempts", « a repoussé l'assaut »
    r"\brepel(?:led|ling|s)?\b|\brepouss(?:é|ée|és|ées|ant|er|e|ent)\b|"
    # (not a hostage seen on a video: "Hamas releases video of hostage", « vidéo de l'otage »)
    r"massacre\w*|h(?<!video of h)(?<!video of the h)(?<!video of a h)ostages?(?! videos?\b)|"
    r"kidnap\w*|abduct\w+|\bhijack(?:ed|ing|s)?\b|\bseized\b|\bcaptured\b|overran|\bentered\b|"
    # a ship seized or boarded: « avoir saisi trois navires », « arraisonné un pétrolier »
    + SHIP_SEIZED + r"|"
    r"\braids?\b|shot dead|detonat\w+|\bIEDs?\b|suicide|\btargeted\b|\bdowned\b|shot down|"
    # a thing blown up: "accuses Russia of blowing up the dam", « l'avoir fait sauter »
    # (something blown up by someone, not a truck that "blew up in the hamlet": told of again)
    r"\b(?:blow(?:s|ing)?|blew|blown) (?:(?:it|them) )?up\b"
    r"(?!\s+(?:in|at|on|near|as|when|after|before|while|during|outside|inside)\b)|"
    r"\b(?:fait|faire|font|fera|faisant) sauter\b|"
    # buildings dynamited: « l'armée dynamite plusieurs maisons », "troops dynamited homes"
    r"\bdynamit(?:e|es|ent|ed|ing|é|ée|és|ées|ait|aient)\s+(?:plusieurs\s+|des\s+|les\s+|"
    r"several\s+|the\s+|\d+\s+|[\w-]+\s+)?(?:[\w-]+\s+)?(?:" + HOMES + r"|mosquées?|mosques?|"
    r"ponts?|bridges?|écoles?|schools?)\b|"
    # a person shot: "Settler shoots Palestinian villager", "shot a man in the stomach"
    r"\bshoots (?:(?:and|dead) )?(?:an? |the |two |three |\d+ )?(?:[\w-]+ )?(?:man|woman|boy|girl|"
    r"villager|teenager|civilian|worker|farmer|shepherd|student|youth|palestinian|israeli|"
    r"soldier|policeman|officer|guard)s?\b|"
    r"\bshot (?:and (?:wounded|injured|killed) )?(?:an? |the |two |three |\d+ )?(?:[\w-]+ )?"
    r"(?:man|woman|boy|girl|villager|teenager|civilian|worker|farmer|shepherd|student|youth)s?"
    r"\b|\b(?:was|were|been|being) shot (?:in the|at close range|and (?:wounded|injured)|"
    r"several times|multiple times|twice)\b|"
    r"\btué(?:e|s|es)?\b|\btuant\b|\bmorts?\b|\bblessé\w*|\battaqu\w*|attentats?|\bfrapp\w+|"
    r"\bfrappes?\b|bombard\w+|explos\w+|\bobus\b|roquettes?|combats|affrontements|embuscade|"
    r"\bo(?<!vidéo de l['’]o)(?<!vidéo d['’]un o)tages?\b|enl[eè]v\w+|kamikaze|hommes armés|"
    r"ouvert le feu|\bentrés?\b|\bvisée?s?\b|"
    # forces that went in (« les forces gouvernementales sont entrées jeudi dans Deraa »; not
    # the noun, « l'entrée de la ville »)
    r"\b(?:sont|est|étaient|était) entrée?s? (?:[\w-]+ ){0,2}?(?:dans|à)\b|"
    # a beating or a charge with sticks and blades: « chargé à coups de bâton les
    # manifestants », « tué à coups de machette »
    r"\bà coups? de (?:bâtons?|matraques?|gourdins?|machettes?|barres? de fer|crosses?|"
    r"couteaux?|haches?|pierres)\b|"
    # a person taken away by force: « un berger emmené par une patrouille israélienne »
    r"\b(?:emmenée?s?|embarquée?s?) (?:de force|par (?:une patrouille|des hommes armés|des "
    r"soldats|des militaires|des inconnus|des assaillants))\b|"
    r"\btaken away (?:by force|at gunpoint|by (?:gunmen|soldiers|troops|a patrol|armed men|"
    r"unknown men|masked men))\b|"
    r"\btirs?\b|\bfired (?:at|on|upon)\b|\bgunfire\b|\bopening fire\b|"
    # shots heard or fired: "gunshots rang out", "firing shots", « des coups de feu »
    # (not shots into the air: « coups de feu en l'air » at a funeral)
    r"(?:\bgunshots?\b|\b(?:fir(?:ed|ing)|shooting) (?:many |several )?shots\b|"
    r"\bcoups? de feu\b)(?! (?:(?:were |was )?fired )?(?:en l['’]air|in(?:to)? the air)\b)|"
    r"\bblessant\b|\bpercut\w+|\bslamm\w+ into\b|"
    # a person beaten: "dragged the driver from his car and beat him", « roué de coups » (not a
    # team that beat another)
    + BEATEN_PERSON + r"|\bbeaten (?:to death|unconscious|up|by)\b|"
    r"\b(?:kicked|punched) and (?:kicked|punched|beat)\b|"
    r"\bpassages? à tabac\b|\bagressée?s? (?:\w+ ){0,2}?par\b|"
    # a fight with guns that broke out: « une fusillade a éclaté », "a shootout erupted" (not
    # one named again: « les auteurs de la fusillade »)
    r"\b(?:fusillades?|gunfights?|firefights?|shoot-?outs?|gun ?battles?) (?:a éclaté|"
    r"ont éclaté|éclate|éclatent|s['’]est engagée|broke out|erupted|ensued)\b|"
    # forces that trade fire: "Pakistani, Afghan forces exchange fire"
    r"\b(?:exchang\w+|trad(?:e|es|ed|ing)) (?:of )?(?:heavy )?(?:gun)?fire\b|"
    r"\bs['’]est abattue?\b|"
    r"neutralisés?|abattu\w*|pris le contrôle|emparée?s?|\bretak\w+|\bretook\b|"
    # a targeted killing: "Israël élimine Baha Abou al-Ata" (not a team knocked out of a cup)
    r"\bélimin(?:e|é|ée|és|ent|ant|er)\b(?=[^.;]{0,60}\b(?:chef|commandant|dirigeant|"
    r"responsable|cadre|numéro deux|leader)s?\b)|"
    # ... or fighters killed by troops: « six terroristes éliminés par l'ANP »
    r"\b(?:terroristes|jihadistes|djihadistes|insurgés|rebelles|assaillants|combattants|"
    r"bandits|hors-la-loi|militants|miliciens) (?:[\w'’-]+ )?(?:ont été |avaient été |sont |"
    r"ayant été )?élimin(?:és|ées)\b|"
    r"\b(?:a|ont|avaient|avait) élimin(?:é|ées?|és)\b(?=[^.;]{0,40}\b(?:terroristes|jihadistes|"
    r"djihadistes|insurgés|rebelles|assaillants|combattants|bandits|miliciens)\b)|"
    r"recaptur\w+|\bregain\w*(?! (?:their |his |her )?(?:freedom|liberty))|\brepris\b|"
    r"\breconqu\w+|"
    # a siege broken by force: "troops had broken the RSF siege"
    + _SIEGE_BROKEN + r"|"
    r"\breprend\w*(?= (?:le contrôle|la ville|la localité|le village|la cité|pied|position))|"
    r"\bbodies of\b|\bcorps (?:sans vie )?de\b|\bcadavres\b|\bmassacr\w+|"
    # bodies found: "22 bodies were found", "22 corps découverts"
    r"\b(?:bodies|corps)(?:,[^,.;]{1,40},)? (?:(?:were|have been|had been|ont été|avaient été) )?"
    r"(?:found|discovered|recovered|dumped|découverts|retrouvés|jetés)\b|"
    # ... told by the finder first ("Mexico finds 19 burned bodies"), and mass graves
    r"\b(?:finds?|found|discover(?:s|ed)?|recover(?:s|ed)?|unearth(?:s|ed)?)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:bodies|corpses)\b|\bmass graves?\b|\bfosses? communes?\b|"
    r"\bcharniers?\b|"
    # bodies left hanging: "neuf pendus à un pont", "hanged from a bridge"
    r"\bpendus? à\b|\b(?:hanged|hung|hanging) from (?:a |the )?(?:bridge|overpass|pont)\b|"
    # chemical weapons, force against a crowd, rape, homes torched
    r"\bchemical (?:weapons?|attacks?|agents?)\b|\bchlorine\b|\bsarin\b|"
    r"\barmes? chimiques?\b|\battaques? chimiques?\b|\bgaz (?:de )?chlore\b|\bgaz chlorés?\b|"
    r"\bbarils? (?:d['’]explosifs|explosifs|de TNT)\b|\blargages? de barils\b|"
    + DISPERSED + r"|"
    # a protest that turned to violence: "protest turns violent", « la marche a dégénéré »,
    # "violent protests"
    r"\b(?:turn(?:s|ed|ing)?|grew|became) violent\b|\b(?:a|ont|avait|avaient) dégénéré\b|"
    r"\bviolent (?:protests?|demonstrations?|unrest|riots?)\b|"
    # looting ("crowds loot warehouses", « ont pillé des entrepôts »; not a country's riches
    # plundered: « le pillage des ressources »)
    r"\bloot(?:s|ed)?\b|\blooting\b(?! of (?:the )?(?:[\w'’-]+ )?(?:country|nation|resources|"
    r"minerals|gold|oil|state|treasury|public)\b)|\b(?:ont|a|avaient) pillé\b|\bpill(?:ent|ant)\b|"
    r"\bpillages? (?:d['’]|de |des |du )(?:[\w'’-]+ )?(?:entrepôts|magasins|boutiques|commerces|"
    r"maisons|habitations|bureaux|locaux|marchés?|villages?|banques?)\b|\bpillards\b|"
    + _BROKE_INTO + r"|"
    r"\bmanifestations? violentes?\b|\bvandali[sz](?:me|m|ed|ing|é|és|ée|ées|ent)\b|"
    r"\btear ?gas\b|\bwater cannons?\b|\brubber bullets\b|\b(?:gaz|grenades?) lacrymogènes?\b|"
    # the hurt counted: "two hurt", "dozens of people were hurt" (not "hurt the economy")
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|dozens|several|many|scores) "
    r"(?:[\w-]+ ){0,2}?(?:were |are |have been |had been )?hurt\b|"
    r"\bcanons? à eau\b|\bballes en caoutchouc\b|\bmatraqu\w+|\bbaton charge\w*|"
    r"\brap(?:e|ed|es|ing)\b|\bgang-?raped?\b|\bsexual(?:ly)? (?:assault\w*|violence|abuse\w*)\b|"
    r"\bviols?\b|\bagressions? sexuelles?\b|\bviolences? sexuelles?\b|"
    r"\b(?:femmes?|filles?|fillettes?) (?:ont été |a été )?violées?\b|"
    r"\btorch(?:ed|ing)\b|\bset ablaze\b|\bincendiée?s? par\b|"
    # arson told by its author: "ont incendié le consulat", "set fire to the police station"
    r"\b(?:ont|a|avaient|avait) (?:[\w'’-]+ )?(?:[\w'’-]+ et )?incendié\b|\bincendient\b|"
    # people driven out by force: « l'expulsion violente d'un camp de Roms », "violent eviction"
    r"\b(?:expulsions?|évacuations?) violentes?\b|\bviolent(?:ly)? evict\w+|"
    # ... and in a headline's present tense, by one crowd: « une foule incendie un temple »
    r"\b(?:foule|bande|gang|milice|groupe armé)(?: [\w'’-]+){0,3}? incendie\b|"
    r"\b(?:ont|a|avaient|avait) mis le feu\b|\bset fire to\b|"
    # "militants storm Nigerian town of Dikwa, set U.N. aid hub ablaze"
    r"\bsets? (?:[\w.'’-]+ ){1,4}ablaze\b|\b(?:set|sets|setting) (?:[\w.'’-]+ ){1,4}on fire\b|"
    r"\btorch(?:es)?\b(?= (?:the |an? |their |its )?(?:[\w'’-]+ ){0,2}(?:consulate|embassy|"
    r"homes?|houses?|villages?|buildings?|offices?|vehicles?|cars?|trucks?|stations?|churche?s?|"
    r"mosques?|schools?))|"
    # an offensive launched: "les talibans lancent une offensive sur Kunduz"
    r"\b(?:launch(?:es|ed|ing)?|lanc(?:e|ent|é|ée|ent|ant)) (?:[\w-]+ )?(?:an? |une |l['’]|their |"
    r"its |leur |son )?(?:[\w-]+ )?offensive\b(?! (?:diplomatique|de charme|diplomatic|charm))|"
    # an operation launched against a group: « lance l'opération « Rameau d'olivier » contre la
    # milice kurde », "launched a military operation against the PKK"
    r"\b(?:launch(?:es|ed|ing)?|lanc(?:e|ent|é|ée|ent|ant)) (?:[\w-]+ )?(?:an? |une |l['’]|the )?"
    r"(?:(?:military|ground|air|aerial|militaire|terrestre|aérienne) )?(?:opération|operation)\b"
    r"[^.;]{0,50}?\b(?:contre|against)\b|"
    r"\bstorm(?:s|ing)? (?:the |a |an )?(?:[\w'’-]+ ){0,3}(?:town|village|city|base|camp|school|"
    r"hotel|prison|jail|police|army|military|checkpoint|compound|barracks|parliament|"
    r"headquarters|church|mosque|hospital|office|market|post)s?\b|"
    # riots: a crowd storming, burning, looting
    # (not burning alone: fires and arson are news of their own)
    r"\briot\w*|\bstormed\b|\bransack\w+|\blynch\w*|\bémeut\w+|\bsaccag\w+|"
    + _BROKE_INTO + r"|" + _FORCED_THROUGH + r"|"
    r"\bpris d['’]assaut\b|\bto death\b|\bà mort\b|"
    # killing told by its manner or its weapon: "beheaded dozens", "tirant à balles réelles"
    r"\bbehead\w*|\bdécapit\w+|\bégorg\w+|\bslaughter\w*|\bassauts?\b|\bsanglante?s?\b|"
    r"\bballes réelles\b|\blive (?:ammunition|rounds|bullets)\b|"
    r"\boverrun\b|\bfell to\b|\bfallen to\b|\bcapture of\b|\bclaim capture\b|"
    r"\bseizes?\b|\b(?:took|takes?|taken) (?:full |total |complete )?(?:control|over)\b|"
    r"\bpassée? sous (?:le )?contrôle\b|"
    r"\b(?:" + _HELD_BY_SIDE_FR + r")\b|"
    # ground given up: "Ukraine pulls troops out of Avdiivka", « le retrait de ses troupes de
    # Lyman »; ground won back, as claimed: « Moscou revendique la reprise de Soudja »
    r"\b(?:pull(?:s|ed|ing)?|withdr(?:aw|aws|ew|awn|awing)) (?:its |their |the )?(?:troops|"
    r"forces|soldiers|units) (?:out of|from)\b|"
    r"\bretrait (?:de ses|des|de leurs) (?:troupes|forces|soldats|unités) (?:de|d['’])|"
    r"\bretiré (?:ses|leurs) (?:troupes|forces|soldats|unités) (?:de|d['’])|"
    r"\boccupied by (?:the )?(?:rebels|jihadists|insurgents|militants|fighters|militiamen)\b|"
    r"\b(?:revendique|revendiquent|annonce|annoncent|confirme|confirment) la reprise "
    r"(?:de|du|d['’])|"
    # ground lost and taken: "junta troops abandon last base as resistance takes border town"
    r"\b(?:takes?|took|taken) (?:the |a )?(?:[\w-]+ ){0,2}(?:town|city|base|village|capital|"
    r"district|airport|garrison|outpost)\b|\blost control of\b|\babandon\w* (?:the |its |their )?"
    r"(?:last )?(?:[\w-]+ )?(?:bases?|positions?|posts?|garrison)\b|\bretreated\b|"
    r"\b(?:avoir|ont|a) pris (?!part\b|acte\b|la parole|en charge|position|soin|fin\b|"
    r"conscience|note\b|la décision|connaissance|contact|rendez-vous|ses fonctions)|"
    r"\bperdu le contrôle\b|"
    r"(?<!armée de )(?<!front de )(?<!mouvement de )\blibération\s*[»\"”]?\s*(?:de |du |d['’])"
        r"(?!(?:[\w'’-]+ ){0,3}?(?:otages|prisonniers|détenus|captifs))|"
    r"\bliberation[\"”]? of (?!hostages|prisoners|detainees)|\bcapitul\w+|"
    # a town won back: "Klishchiivka Liberated", "troops have liberated Klishchiyivka"
    r"" + _LAND_HELD_BEFORE + r"\bliberated\b"
    r"(?! (?:\w+ )?(?:hostages|prisoners|detainees|captives|slaves)\b)|"
    r"\bsurrender(?:ed|s)?\b|\blibéré(?:e|s|es)?\s*[»\"”]?\s+(?:le |la |les |l['’])\s*(?:village|"
    r"ville|localité|commune|town)|\breprise d(?:e |u |['’])(?:ce |cette |la |le )?(?:village|"
    r"ville|localité|commune)|"
    r"\bla prise d(?:e |u |['’])(?!parole|position|otages?|conscience|contact|fonctions?)|"
    r"\bprise de contrôle\b|\bassassin\w*|\bs['’]empar\w+|\bdriven out\b|\bpushed out\b|"
    r"\bchass(?:é|ée|és|ées)\b|\brepren(?:d|nent)\b(?! (?:les travaux|le travail|ses|leurs|"
    r"la parole|les cours|les négociations|les pourparlers|du service|"
    # (nor life or trade picking up: « la filière reprend des couleurs », « reprend son cours »)
    r"(?:\w+ )?des couleurs|son cours|(?:\w+ )?vie|espoir|progressivement|peu à peu))"
)

#: Captives going home ("the students regained their freedom", "les otages ont été libérés");
#: not a statement or a video "released".
_CAPTIVES_FREED = (
    r"\bregain\w* (?:their |his |her )?(?:freedom|liberty)\b|"
    # captives named as freed ones: "the ex-hostages arrived in Bamako", « les ex-otages »
    r"\b(?:ex-hostages?|former hostages?|freed hostages?|ex-otages?|anciens otages|"
    r"otages libérés)\b|"
    # a captive freed after a time held: "pilot freed after 19 months in captivity", « libéré
    # après 19 mois de captivité »
    r"\b(?:freed|released|libérée?s?|relâchée?s?)\s+(?:after|après)\s+(?:more than\s+|plus de\s+)?"
    r"[\w-]+\s+(?:days?|weeks?|months?|years?|jours?|semaines?|mois|ans?)\s+(?:of captivity|in "
    r"captivity|held|de captivité|de détention|aux mains)\b|"
    r"\b(?:hostages?|captives?|abductees|students|pupils|schoolgirls|schoolboys|girls|boys|"
    r"children|passengers|workers|detainees|prisoners|victims|women|they)(?: [\w'’-]+){0,6}? "
    r"(?:were|have been|"
    r"had been|has been|was) (?:freed|released|set free)\b|\brecouvr\w+ (?:la )?liberté\b|"
    r"\bretrouvé (?:la )?liberté\b|\b(?:otages?|captifs?|élèves|lycéennes|écoliers|enfants|"
    r"passagers|ouvriers|détenus|prisonniers|victimes|femmes|ils|elles)(?: [\w'’-]+){0,6}? "
    r"(?:ont été|a été) "
    r"(?:libéré(?:e|s|es)?|relâché(?:e|s|es)?)\b|"
    # a headline's captives freed: "Houthis free Galaxy Leader crew", « libèrent l'équipage »
    r"\b(?:free|frees|freed|release|releases|released)\s+(?:the\s+)?(?:\d+\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?(?:crew|crew members|hostages|captives|prisoners|detainees|"
    r"abductees|sailors|seafarers|schoolgirls)\b|"
    r"\blibèr(?:e|ent|é|ée|és|ées)\s+(?:les\s+|l['’]\s*|des\s+)?(?:\d+\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:équipage|membres d['’]équipage|otages|captifs|prisonniers|détenus|marins)\b"
)

#: Deaths by accident: crashes, fires and blasts of fuel, gas and depots. The dead they count
#: are no violence, unless a weapon is named in the same sentence.
ACCIDENT = _rx(
    # (not a word quoted from a denial: "parle d'un « malheureux accident »")
    r"\baccident\w*(?!\s*[»\"”])|\b(?:helicopter|plane|warplane|aircraft|airliner|jet|"
    r"fighter-bomber|avion|hélicoptère|chasseur-bombardier)s? (?:crash\w*|s['’]est écrasée?)|"
    # a military aircraft lost in training: "came down during a training flight"
    r"\btraining (?:flight|sortie)\b|\bvol d['’](?:entraînement|exercice)\b|"
    r"\b(?:crash|écrasement) (?:d['’]un |of an? )?(?:helicopter|"
    r"plane|aircraft|avion|hélicoptère)\b|"
    r"\b(?:fuel|oil|gas|petrol|gasoline|tanker|depot|factory|warehouse|pipeline|refinery|"
    r"hall|nightclub|hotel)(?: (?:tank|tanker|truck|cylinder|station|storage))? "
    r"(?:explosion|blast|fire)s?\b|"
    # "a fuel tank exploded", « une citerne de carburant a explosé »
    r"\b(?:fuel|oil|gas|petrol|gasoline) (?:tank|tanker|truck|cylinder)s? (?:exploded|blew up|"
    r"caught fire)|\b(?:citernes?|camions?-citernes?) (?:de (?:carburant|gaz|pétrole|essence) )?"
    r"(?:a|ont) (?:explosé|pris feu)|"
    r"\bincendie (?:d['’]un |d['’]une |du |dans un )(?:camion-citerne|citerne|dépôt|entrepôt)\b|"
    r"\bexplosions? (?:d['’]un |d['’]une |de l['’]|du |at an? |at the )?(?:camion-citerne|"
    r"citerne|dépôt|entrepôt|gazoduc|oléoduc|réservoir|fuel|oil|gas|petrol)|"
    # crowds crushed, stores that blow up, leaks
    r"\bstampedes?\b|\bcrowd crush\b|\bbousculades?\b|\bammonium nitrate\b|"
    r"\bnitrate d['’]ammonium\b|\b(?:gas|fuel) leaks?\b|\bfuite de gaz\b|\bfireworks\b|"
    # a cooking cylinder, a short circuit: "a gas cylinder used by passengers to cook exploded"
    r"\bgas cylinders?\b|\bbouteilles? de gaz\b|\bshort[- ]circuit\b|\bcourt-circuit\b|"
    # a hospital ward on fire, its oxygen bottles bursting
    r"\boxygen (?:cylinders?|tanks?|bottles?)\b|\bbouteilles? d['’]oxygène\b|"
    r"\b(?:hospital|ward) fires?\b|\bfire (?:at|in) (?:an? |the )(?:[\w-]+ ){0,2}hospital\b|"
    r"\bincendie (?:d['’]un |de l['’]|dans un |à l['’])(?:[\w-]+ )?hôpital\b|"
    r"\b(?:train|express|bus|coach|ferry) fire\b|\bfire (?:engulf\w*|tore through|swept "
    r"through|ripped through) (?:an? |the )?(?:[\w-]+ ){0,3}(?:train|express|carriages?|"
    r"coach|bus|ferry|boat|wagons?)\b|"
    r"\b(?:port|plant|mine) (?:explosion|blast)s?\b|"
    # boats that sink
    r"\bcapsiz\w+|\b(?:ferry|boat|dinghy|canoe|barge|pirogue|embarcation|bateau)s? "
    r"(?:sank|sinks|sinking|chavir\w+|a sombré|coul\w+)|\bnaufrage\b|\bchaviré\b|"
    # road and rail crashes: "bus plunges off bridge", « un car fait une chute »
    r"\b(?:bus|buses|coach|truck|lorry|minibus|train)(?:es|s)? (?:plunge[sd]?|plunging|"
    r"overturn\w*|derail\w*|veer\w* off)\b|"
    r"\b(?:car|bus|autocar|camion|minibus|train)s? (?:a |ont )?(?:plongé|dérapé|déraillé|"
    r"fait une chute|quitté la route)\b|\b(?:chute|déraillement|sortie de route) d['’]un "
    r"(?:car|bus|autocar|camion|minibus|train)\b"
    # (not a building that fell or a quake: a missile may have felled it, a strike come after)
)
#: The weapons that make a blast or a fire an attack: "fuel depot ablaze after drone strike".
WEAPON_WORDS = _rx(
    r"\battack\w*|\bstrikes?\b|\bstruck\b|\bdrones?\b|\bmissiles?\b|\brockets?\b|"
    r"\bshell\w*|\bbomb\w*|\barson\w*|\bset (?:on )?fire\b|\battaqu\w+|\bfrappes?\b|"
    r"\battentats?\b|\bobus\b|\broquettes?\b|\bincendi(?:é|ée|és|ées)\b|\bsabot\w+|"
    r"\bpiégée?s?\b|\bbooby-trapped\b|\btorch(?:ed|ing)\b|\bset ablaze\b|\bexplosives?\b|"
    # guns: "Six killed as gunfire erupts at Beirut protest against port blast judge"
    r"\bgunfire\b|\bgunmen\b|\bsnipers?\b|\bopened fire\b|\bfusillades?\b|"
    r"\btireurs?\b|\bouvert le feu\b|"
    # a fight: "two killed in clash after truck overturns"
    r"\bclash(?:es|ed)?\b|\bexchanges? of fire\b|\bgunfights?\b|\bfirefights?\b|"
    r"\baffrontements?\b|\béchanges? de tirs\b|\bshot dead\b|\babattue?s?\b"
)

#: News about a conflict that is not a new violent event.
#: What governments, parliaments and teams decide after violence: the decision is the news
#: ("Iraq recalls envoy from Ankara over Zakho deaths", "parliament approves the prime
#: minister's resignation after deadly protests", « le Premier ministre démissionne après les
#: émeutes »).
_DECISIONS = (
    # the courts' steps: "NIA files chargesheet in Pulwama attack", "indicted", « inculpé »
    r"\bcharge-?sheets?\b|\bcharge sheets?\b|\bindict\w*|\binculpée?s?\b|"
    r"\bactes? d['’]accusation\b|\bamong (?:the )?\d+ accused\b|"
    r"\bresign\w*|\bdémission\w*|\bvot(?:es|ed|ing) to\b|\bvote (?:de|d['’]une?|sur)\b|"
    r"\brecall(?:s|ed)? (?:its |their |the )?(?:[\w-]+ )?(?:envoy|ambassador)s?\b|"
    r"\bsummon(?:s|ed)? (?:the |its )?(?:[\w-]+ )?(?:envoy|ambassador|chargé)s?\b|"
    r"\brappelle (?:son|ses) (?:ambassadeurs?|représentants?)\b|"
    r"\bconvoque (?:l['’]|les? )(?:ambassadeurs?|chargée? d['’]affaires)\b|"
    r"\b(?:designat(?:es|ed|ing)|labels?|labell?ed|brands?|branded|lists?|listed) "
    r"(?:[\w'’-]+ ){0,3}?(?:as )?(?:an? )?['‘\"“]?terrorists?\b|"
    r"\bdésign(?:e|ent|é) (?:[\w'’-]+ ){0,3}?(?:comme )?(?:une? )?(?:organisation )?"
    r"terroriste\b|\bexpel(?:s|led|ling)?\b|\bexpuls\w+|\bcalls? off\b|\bcalled off\b|"
    # (a team, a party, not fighters: "the CSP said its fighters had pulled out of the town")
    r"\bpull(?:s|ed)? out of (?:the |a |an |next [\w-]+['’]s )?(?:[\w-]+ ){0,2}?(?:tournament|"
    r"series|tri-series|talks|deal|agreement|accord|competition|championship|match|league|cup|"
    r"games|olympics|elections?|race|process|summit|treaty)\b|\bsworn in\b|\bprête serment\b|"
    r"\b(?:adopts?|adopted|pass(?:es|ed)?|approv(?:es|ed)) (?:a |the )?(?:[\w-]+ ){0,2}?"
    r"(?:law|bill|resolution|decree)\b|\badopte (?:[\w'’-]+ ){0,3}?(?:la |une )?loi\b|"
    r"\b(?:comes|came|entre|entré|entrent) (?:into force|en vigueur)\b|"
    r"\bbids? (?:a )?(?:[\w-]+ )?farewell\b|\bsays? goodbye\b|\bdernier adieu\b|"
    # officers punished: "the military dismisses two officers over the strike", « limogé »
    r"\b(?:dismiss(?:es|ed)?|sacks?|sacked|fires|reprimand(?:s|ed)?|suspends?|suspended) "
    r"(?:two |three |four |\d+ |the |its |a |an |several |senior )?(?:[\w-]+ )?"
    r"(?:officers?|commanders?|generals?|colonels?|chiefs?)\b|\blimog\w+|\bsanctionne\w*"
)

#: A toll over a span of time, no event of its own: "more than 10,000 killed in two years of
#: attacks", "since President Tinubu took office", « en deux ans de violences ».
#: The dead buried or prayed for: « à sa dernière demeure », « des prières à la mémoire des
#: victimes », "prayers for the victims", « Chefa-Amr enterre Safaa Awad ».
_LAST_RITES = (
    # (not a deal buried: « les militaires enterrent l'accord »)
    r"\bdernière demeure\b|\benterr(?:e|ent)\b(?! (?:l['’]|le |la |les |un |une )(?:accords?|"
    r"espoirs?|projets?|hache|dossiers?|idée|réformes?|processus|traités?|plans?|paix|textes?))|"
    r"\bpri(?:ères|ent|er) (?:[\w'’-]+ ){0,3}?(?:à la mémoire|pour les victimes|pour le repos)|"
    r"\bprayers? (?:for|in memory of) (?:the )?(?:victims|dead)\b|\bvigils?\b|\bveillées?\b"
)
#: A figure, in digits or words ("83", "eighty-three", « quarante »).
_FIGURE = (
    r"(?:\d[\d,.]*|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?(?:two|three|"
    r"four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|"
    r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|"
    r"deux|trois|quatre|cinq|six|sept|huit|neuf|dix|"
    r"onze|douze|vingt|trente|quarante|cinquante|soixante|cents?|milles?|dizaines?|centaines?))"
)
#: The victims a tally counts.
_TALLIED = (
    r"(?:killed|killings|deaths|died|abducted|kidnapped|tués|tuées|morts|enlevés|enlevées)\b"
)
TOLL_OVER_TIME = (
    r"\b(?:in|over|during) (?:the )?(?:past |last |first )?(?:two|three|four|five|six|seven|"
    r"eight|nine|ten|\d+|several|many) (?:years|months|decades) of (?:attacks|violence|"
    r"fighting|war|conflict|insurgency|bloodshed|killings)\b|"
    r"\bsince (?:[\w.'’-]+ ){0,4}took office\b|"
    r"\ben (?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d+|plusieurs) (?:ans|années|mois|"
    r"décennies) de (?:violences|attaques|guerre|conflit|combats|insurrection|tueries)\b|"
    # The dead counted from the nearest word for them: "killed on Sunday, the tenth journalist
    # killed since 2014" tells one toll over years, and one death today.
    # ... over a span of years or months: "10,217 people killed in two years of Tinubu's
    # presidency", « tuées au cours des deux premières années » (not a record: "30 killed in
    # the deadliest attack in ten years", "the first in two years")
    r"\b(?:killed|dead|deaths|died|tués|tuées|morts)\b"
    r"(?:(?!deadliest|worst|biggest|largest|first|pire|plus meurtri|premi|killed|tués|morts)"
    r"[^.;]){0,100}?\b(?:in|over|during|en|au cours des|pendant) (?:the )?(?:past |last |first )?"
    r"(?:two|three|four|five|six|ten|deux|trois|quatre|cinq|six|dix|\d+) "
    r"(?:premières |dernières )?(?:years|months|ans|années|mois)\b|"
    # ... since a month or a year: "3,383 killed in Kasai violence since October", « 200 morts
    # depuis janvier », « a tué 381 civils depuis le mois d'avril » (not "since Friday": the
    # same days as the event; nor a record: "the first strikes since 2014")
    r"\b(?:killed|dead|deaths|died|tués|morts)\b"
    r"(?:(?!killed|dead|died|tués|morts|deadliest|worst|biggest|largest|first)[^.;]){0,50}?"
    r"\bsince (?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|last year|the (?:start|beginning) of (?:the year|\d{4})|\d{4})\b|"
    r"\b(?:tués|tué|morts)\b(?:(?!tués|tué|morts|pire|plus meurtri|premi)[^.;]){0,50}?"
    r"\bdepuis (?:le mois (?:de |d['’]))?"
    r"(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|"
    r"l['’]an dernier|le début de l['’]année|\d{4})\b|"
    # ... and by year, a figure told: "Terror deaths in Kenya rose to 83 in 2019", "bandits
    # abducted 92 people in Maradi this year", « 244 tués en 2023 » (not a record: "the
    # deadliest attack this year", "the ninth journalist killed in Mexico this year"; nor "in
    # the 2019 attack")
    r"(?:\b" + _FIGURE + r"\s+(?:[\w'’-]+\s+){0,5}?" + _TALLIED + r"|"
    + _TALLIED + r"\s+(?:[\w'’-]+\s+){0,5}?" + _FIGURE + r"\b)"
    r"(?:(?!deadliest|worst|biggest|largest|first|pire|plus meurtri|premi)[^.;]){0,60}?"
    r"\b(?:(?:in|en|during|durant) (?:(?:the )?year |l['’]année )?(?:19|20)\d\d\b"
    r"(?!\s*(?:attacks?|strikes?|raids?|bombings?|massacre|attaques?|attentats?|frappes?|"
    r"massacres?))|(?:so far )?this year|cette année|depuis le début de l['’]année|"
    r"between (?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december) (?:\d{1,2}(?:st|nd|rd|th)? )?and (?:january|february|march|april|may|june|july|"
    r"august|september|october|november|december|\w+ \d)|"
    r"entre (?:le \w+ )?(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|"
    r"novembre|décembre) et)\b"
)

NON_INCIDENT = _rx(
    _DECISIONS + r"|"
    # a death of old age or illness: "dies at 86", « meurt en prison à 86 ans », « décédé à
    # l'âge de 79 ans » (not a clock: « mort à 23 heures »)
    r"\b(?:dies|died|meurt|est mort|décède|décédée?)\b(?:\s+[\w'’-]+){0,3}?\s+(?:at|aged|à)\s+"
    r"(?:l['’]âge de\s+)?(?:[6-9]\d|1[01]\d)(?:\s+ans)?\b"
    r"(?!\s*(?:h\b|heures|[:.]\d|a\.m|p\.m|km))|"
    # a body handed back: « la dépouille d'Archil Tatounachvili rendue à sa famille », "the
    # remains were repatriated"
    r"\b(?:dépouilles?|corps|body|bodies|remains)\b[^.;]{0,90}?\b(?:rendue?s?|restituée?s?|"
    r"rapatriée?s?|remise?s? (?:\w+ )?(?:à|aux)|returned|handed (?:over|back)|repatriated)\b|"
    # a state of emergency extended: "lawmakers extend Amhara state of emergency"
    r"\bextend\w*\b[^.;]{0,40}\bstate of emergency|"
    r"\bprolong\w*\b[^.;]{0,40}\bétat d['’]urgence|"
    r"\bétat d['’]urgence\b[^.;]{0,20}\bprolongé|"
    r"\btalks\b|negotiat\w+|ceasefire (?:deal|agreement|talks|proposal|plan)|\btruce\b|"
    # a truce that begins: "a ceasefire between Israel and Hamas took effect"
    r"\bceasefire\b[^.;]{0,40}?\b(?:takes? (?:hold|effect)|took (?:hold|effect)|"
    r"(?:came|comes|went|goes) into (?:force|effect)|holds|holding|held)\b|"
    r"peace (?:deal|agreement|talks|accord|plan|process|conference)|\bagreement\b|"
    # (not a garrison's surrender: "after government forces agreed to withdraw")
    r"\bagree\w*\b(?! to (?:withdraw|pull out|retreat|leave|surrender|hand over|evacuate)\b)|"
    r"\bsummit\b|\bconference\b|\bpledge\w*|\bdonors?\b|\bcourts?\b|\bverdict\b|"
    # (not the party in power: "Mexico's ruling Morena party")
    r"\bruling\b(?![\s-](?:[\w-]+ ){0,2}(?:party|parties|coalition|junta|military|council|family|"
    r"league|front|movement|congress|government|authorities|"
    r"elite|class|alliance|bloc|camp)\b)|"
    r"\bconvict\w*|\bsentenced\b|\bsentences?\b|\btrial\b|\bfound guilty\b|\bacquitt\w+|"
    r"\b(?:reconnue?s?|jugée?s?|déclarée?s?) coupables?\b|\bacquitté\w*|"
    r"\bjudges?\b|\bICC\b|\bICJ\b|anniversary|"
    r"\bmarks? (?:one|two|three|\d+) years?|commemorat\w+|memorial|\bceremon\w+|"
    r"\bexports?\b(?! (?:terminals?|ports?|facilit\w+|pipelines?)\b)|"
    # (not a ship's cargo or a site: "the oil tanker Sounion", "carrying crude oil")
    # (nor a place taken or held: "seize K1 base, oil sites", "the oil-rich city")
    r"\bo(?<!crude o)(?<!of o)il\b(?! (?:export )?(?:tankers?|vessels?|ships?|platforms?|rigs?|"
    r"terminals?|sites?|compan\w+|headquarters|infrastructure|plants?|complex\w*|"
    r"depots?|facilit\w+|installations?|fields?|pipelines?|refiner\w+|wells?|trucks?)\b)"
    r"(?!-rich)|"
    r"\beconom\w+|\bGDP\b|inflation|\bprices\b|\brevenues?\b|\brecettes\b|"
    r"\bforce majeure\b|\binvestors?\b|\binvestisseurs\b|"
    # (not a pitch where people were killed: "beheaded on a football pitch")
    r"(?<!terrain de )(?<!terrains de )\bfootball\b(?! (?:pitch|field|ground)s?\b)|"
    r"\bsoccer\b|\bqualif\w+|"
    r"\bbeat\b(?!(?:\s+[\w-]+){0,4}\s+to death)(?! (?:him|her|them)\b)|"
    r"\bcup\b|championship|tournament|"
    # (not the unrest after one: "as post-election unrest gripped the city")
    r"(?<!post-)(?<!post )\belection\w*|\bvote\b|\bdelegation\b|"
    # a movement laying down its arms: "PKK announces it will disband", « annonce sa dissolution
    # et la fin de la lutte armée »
    r"\bdisband\w*|\bdissolution\b|\bs['’]autodissout\b|"
    r"\blay(?:s|ing)? down (?:its |their )?arms\b|"
    r"\bdépos\w+ les armes\b|\b(?:end|ends|ending|fin) (?:of |to |de )?(?:its |their |la |sa |"
    r"leur )?(?:armed struggle|lutte armée)\b|"
    r"\bprisoner (?:swap|exchange)|\bsanctions?\b|\bvisit\w*\b|"
    # inquiries and diplomacy that closes a quarrel: "UN fact-finding mission", « tournent la
    # page des frappes croisées »
    r"\bfact-finding (?:mission|report)s?\b|\bcommissions? of inquiry\b|"
    r"\bmissions? d['’]établissement des faits\b|\bcommissions? d['’]enquête\b|"
    r"\btourn(?:e|ent|ent|é|er) la page\b|\bturn(?:s|ed|ing)? the page\b|"
    r"\béchanges? de (?:[\w'’-]+ ){0,3}?(?:prisonniers|détenus|otages|captifs)\b|"
    # a state's list of terrorist groups: « inscrit l'Armée de libération du Baloutchistan sur
    # sa liste des organisations terroristes », "adds the group to its terror list"
    r"\bliste (?:noire )?(?:des |d['’])?(?:organisations?|groupes?|entités?) terroristes?\b|"
    r"\bterror(?:ist)? (?:list|blacklist)\b|"
    # epidemics: their dead are no violence ("WHO declares end to Ebola epidemic")
    r"\bepidemics?\b|\bpandemics?\b|\bépidémies?\b|\bpandémies?\b|"
    r"\boutbreaks?\b(?! of (?:violence|fighting|clashes|hostilities|unrest))|"
    # films, books and festivals about a war
    # (not a person's laurels: "Oscar-winning director beaten by settlers")
    r"\bfilms?\b|\bdocumentar(?:y|ies)\b|\bdocumentaires?\b|\bfestivals?\b|"
    r"\bOscars?\b(?!-winning)|"
    r"négociations?|pourparlers|cessez-le-feu|\btrêve\b|\baccord\b|\bsommet\b|conférence|"
    r"\bearthquakes?\b|\bfloods?\b|\blandslides?\b|\bcyclones?\b|\bhearings?\b|"
    # one word-start test for the lot: these run on every sentence
    r"\b(?:quakes?|magnitude|tremors?|hurricanes?|typhoons?|torrential|flooding|pluies|"
    r"intempéries|crues?|ouragans?)\b|"
    r"\bséismes?\b|tremblement de terre|\binondations?\b|glissements? de terrain|\baudience\b|"
    r"\bprocès\b|condamn\w+|coupable|\bCPI\b|"
    # (not the prosecutor who speaks: "le procureur du tribunal de grande instance")
    r"t(?<!procureur du t)(?<!procureur près le t)ribunal|anniversaire|commémor\w+|"
    # (not a courtyard: "la cour même de l'église")
    r"\bcour\b(?! même| intérieure| de l['’](?:église|école|hôpital|mosquée))|"
    r"il y a un an|hommage|exportations?|céréales|économi\w+|\bmatch\b|délégation|"
    r"\battendue?s?\b|discuter|\bsign(?!s\b|ifi\w*|al\w*)\w+|"
    # a gathering that passed without violence: « aucun incident n'a été signalé »
    r"\baucun incident\b|\bsans incidents?\b|\bno (?:major |serious )?incidents? (?:was|were)\b|"
    + TOLL_OVER_TIME + r"|"
    # a half-year's figures: « en hausse de 79 % au premier semestre », "in the first half of"
    r"\ben hausse de \d+|\b(?:premier|second|deuxième) (?:semestre|trimestre)\b|"
    r"\bfirst (?:half|quarter) of\b|"
    # a vote put off: "polls in Bajaur postponed after candidate's killing"
    r"\bpolls\b|\bpostpone\w*|"
    r"\bpassed off peacefully\b|\bélections?\b|\bvisite\b|\bmémorial\b|"
    # weapons tested, not fired in anger
    r"\btest-?fir\w+|\bmissile tests?\b|\btirs? d['’]essai\b|\bessais? de missiles?\b|"
    # forces sent, not fighting: "the first contingent of Kenyan police landed in Haiti"
    r"\bcontingents?\b|\bmultinational (?:mission|force)\b|\bdeployment of\b|"
    r"\bdéploiement d[eu']|\bforce multinationale\b|"
    # war relics: "a Second World War bomb found on the tracks"
    r"\bworld war (?:ii|two|2)\b|\bsecond world war\b|\bwwii\b|\bseconde guerre mondiale\b|"
    r"\bdeuxième guerre mondiale\b|\bunexploded\b|\bdéminage\b|\bdefus\w+|\bdésamorç\w+|"
    # walkouts, hostage videos, arrests, summaries and reports (accidents: ACCIDENT)
    r"\bgeneral strike\b|\bhunger strike\b|\bgrèves?\b|\bhostage video\b|"
    r"\bvideo of (?:the )?hostage|\bproof of life\b|\bvidéo (?:de l['’]|d['’]un |des )otages?\b|"
    r"\b(?:held|arrested|detained|charged) (?:over|in connection with)\b|"
    r"\b(?:arrested|charged) for\b|\bin custody\b|\bextradit\w+|"
    # "charges ex-president Koroma with treason", "police detain eight over"
    r"\bcharg(?:es|ed) (?:[\w'’.-]+ ){0,4}?with (?:[\w'’-]+ ){0,3}?(?:treason|murder|"
    r"terrorism|counts?)\b|"
    r"\bdetain(?:s|ed)? (?:[\w'’-]+ ){0,3}?(?:over|in connection with|suspected of)\b|"
    # a parliament dissolved after a coup attempt
    r"\b(?:dissout|dissolves?|dissolved) (?:le |the )?(?:parlement|parliament|assemblée|"
    r"assembly|gouvernement|government)\b|"
    r"\barrests? (?:[\w'’-]+ ){0,4}?(?:for|over|in connection with|suspected of)\b|"
    # "CTD arrests three suspected BLA facilitators", « arrête trois suspects »
    r"\barrest(?:s|ed)? (?:[\w'’-]+ ){0,2}?(?:suspected|alleged|suspects?)\b|"
    r"\b(?:arrêt|interpell)(?:e|ent|é|és|er) (?:[\w'’-]+ ){0,2}?(?:suspects?|présumés?)\b|"
    # "l'arrestation de quatre membres d'une cellule" (not "lors de l'arrestation d'Ovidio")
    r"\barrestations? (?:de |d['’])(?:[\w'’-]+ ){0,2}?(?:suspects?|membres|présumés?|"
    r"individus|cellules?)\b|"
    # the inquiry: suspects named, identified or held ("police name three Lashkar militants",
    # "a fourth suspect has been arrested", « les enquêteurs ont identifié les assassins »)
    r"\b(?:named?|names|identif(?:y|ied|ies))\s+(?:[\w'’-]+\s+){0,3}?(?:suspects?|assassins|"
    r"killers|perpetrators|attackers|militants)\b|"
    r"\bidentifié\w*\s+(?:[\w'’-]+\s+){0,2}?(?:suspects?|assassins|auteurs|tueurs|"
    r"assaillants)\b|\bsuspects?\b[^.;]{0,40}?\b(?:arrested|detained|arrêtés?|interpellés?)\b|"
    r"\b(?:interpellée?s?|arrêtée?s?|mise? en examen|inculpée?s?) (?:pour|après|dans le cadre|"
    r"à|au|en)\b|"
    r"\bgarde à vue\b|\ben une semaine\b|\bover the past week\b|\bla semaine écoulée\b|"
    r"\bbilan hebdomadaire\b|\bweekly (?:report|toll|update|summary)\b|"
    # a month's tally: "in its monthly report", « au cours du mois de septembre »
    r"\b(?:rapport|bilan) mensuel\b|\bmonthly (?:report|toll|update|summary|tally)\b|"
    r"\bau cours du mois (?:de |d['’])|\bover the (?:course of the )?month of\b|"
    # ... and its dead counted by month: "18 civils tués en septembre" (not "killed in
    # September 2019", nor "in September attacks")
    r"\b(?:tués|tuées|morts|killed|dead)\s+(?:en|in)\s+(?:janvier|février|mars|avril|mai|juin|"
    r"juillet|août|septembre|octobre|novembre|décembre|january|february|march|april|may|june|"
    r"july|august|september|october|november|december)\b(?!\s+(?:\d|attacks?|strikes?|raids?|"
    r"clashes|bombings?|fighting|violence|attaques?|frappes?|combats|violences|affrontements))|"
    r"(?<!qui )\brecens(?:e|ent)\b|"
    r"\bin a (?:new )?report\b|\bdans un (?:nouveau )?rapport\b|\brapport publié\b|"
    # drills: soldiers practising (captives going home are RELEASE, counted apart)
    r"\bdrills?\b|\bmilitary exercises?\b|\bexercices? militaires?\b|\bmanœuvres\b|"
    r"\bsimulat\w+|"
    # reactions, mourning, threats and plans are about an event, not the event
    r"\bcondemn\w*|\bfunerals?\b|\bmourn\w*|" + _LAST_RITES + r"|"
    r"\bthreat\w*|\bwarn\w*|\bvow\w*|"
    r"\bhonneurs (?:militaires|funèbres)\b|\bmilitary honou?rs\b|"
    # a trend, not an event: « une recrudescence des attentats », "a surge in attacks"
    # (not a crowd's grievance: « une marche pour dénoncer la recrudescence de la criminalité »)
    r"(?<!dénoncer la )(?<!contre la )(?<!against the )"
    r"(?:\brecrudescence\b|\b(?:up)?surge in\b)|\brise in (?:attacks|violence|killings)\b|"
    # a truce declared: "separatist group declares coronavirus ceasefire", « décrète une trêve »
    r"\b(?:declar\w+|announc\w+|proclaim\w*|annonc\w+|décrèt\w*|décrét\w+|proclam\w+) "
    r"(?:an? |une? )?(?:[\w'’-]+ ){0,2}?(?:ceasefire|truce|cessez-le-feu|trêve)\b|"
    r"\bderniers honneurs\b|\blast respects\b|\blaid to rest\b|\binhum\w+|"
    # "Runji enterre ses morts" (not "enterrés vivants": buried alive)
    r"\benterr(?:e|ent) (?:ses|leurs|les) (?:morts|victimes|enfants|proches)\b|"
    r"\benterrements?\b|\bbur(?:y|ies|ied) (?:its|their|the) (?:dead|victims)\b|"
    # a headline's burial: "Congo's Virunga park buries rangers killed in ambush"
    r"\bbur(?:y|ies)\b(?! (?:alive|under|beneath|in the rubble|in rubble))|"
    # justice and statistics look back on violence: acquittals, lapsed cases, yearly tolls
    r"\bacquit\w*|\bacquitté\w*|\brelaxés?\b|statute of limitations|\bprescription\b|"
    r"\bcase (?:expires|expired|closed|dropped|dismissed)\b|\bnon-lieu\b|"
    r"\bthink[- ]tanks?\b|\bannual report\b|\brapport annuel\b|\bdeadliest year\b|"
    r"\bannée la plus meurtrière\b|"
    # (a span of the war is no anniversary: "nearly two years after the RSF overran Khartoum")
    r"(?<!nearly )(?<!almost )(?<!more than )(?<!over )(?<!some )"
    r"\b(?:\d+|\w+) years (?:after|since|on)\b(?! (?:the |its )?(?:war|conflict|fighting|start|"
    r"outbreak|beginning|civil war|it (?:began|started|erupted))\b)|"
    r"\b(?:\d+|\w+) ans (?:après|jour pour jour)\b|"
    # (a look back: « Il y a quarante ans, l'Irak envahissait l'Iran », "Forty years ago")
    # (not the war's age: "since the start of the war more than five years ago")
    r"\bil y a (?:\d+|[\w-]+) ans?\b|"
    + "".join(f"(?<!{w} {q})" for w in ("war", "conflict")
              for q in ("", "more than ", "nearly ", "almost ", "over ", "some "))
    + r"\b(?:\d+|[\w-]+) years ago\b|\b(?:a|one) year ago\b|"
    r"\b(?:a|one) year (?:after|since|on)\b(?! (?:the |its )?(?:war|conflict|fighting|start|"
    r"outbreak|beginning|civil war)\b)|\bun an (?:après|jour pour jour)\b|"
    # (not a threat on the battlefield: « face à la menace d'encerclement »)
    r"\bcould (?:strike|attack|hit)|\bmenac\w+(?! d['’]encerclement)|\bobsèques\b|funérailles|"
    r"\bpromet\b|"
    # (not a silence: « Moscou n'a pas réagi »)
    r"\bpourrait (?:frapper|attaquer)|(?<!pas )\bréagi\w*|\breacts?\b|\breaction\b|"
    # the humanitarian toll of a war: displacement, hunger, aid
    r"\b(?:aid|relief|humanitarian|food|WFP|UN) convoys?\b|\bconvois? (?:humanitaires?|"
    r"d['’]aide|du PAM|de l['’]ONU|alimentaires?|de vivres)\b|"
    # measures taken: "Balochistan bans night travel after string of attacks"
    r"\bban(?:s|ned)?\b|"
    r"\bdisplaced\b|\bdisplacement\b|\brefugees?\b|\bhumanitarian\b(?! law)|\bfamine\b|"
    r"\bhunger\b|\bmalnutrition\b|\bfunding\b|\bexodus\b|\bdéplacés\b|"
    r"\bdéplacement\b|"
    # (a guard after the first letter, as in not_after: "se sont réfugiés" took refuge)
    r"\br(?<!s['’]étaient r)(?<!se sont r)(?<!s['’]étaient déjà r)éfugiés\b|"
    r"\bh(?<!droit h)(?<!droit international h)umanitaires?\b|"
    r"\bfamine\b|\bfaim\b|"
    r"\bmalnutrition\b|\bfinancements?\b|\bexode\b"
)

#: Captives going home: the abduction told in the same sentence is what they come back from
#: ("students abducted from Kagara regain freedom").
RELEASE = _rx(_CAPTIVES_FREED)
CAPTIVE = _rx(r"\babduct\w+|\bkidnap\w*|\bhostages?\b|\benlev\w+|\benlèv\w+|\botages?\b")

#: A headline's news of its own that an earlier attack only sets off: talks, a meeting, a
#: court, an arrest ("Trump calls off Camp David meeting with Taliban, cites Kabul bombing").
OTHER_NEWS = _rx(
    _DECISIONS + r"|"
    r"\btalks\b|\bnegotiat\w+|\bceasefire\b|\btruce\b|\bsummit\b|\bsanctions?\b|\bmeetings?\b|"
    r"\bpeace\b|\bdeal\b|\bagreement\b|\bcourt\b|\btrial\b|\bverdict\b|\bsentenced\b|"
    r"\bconvict\w*|\bacquit\w*|\bjudges?\b|\barrest(?:s|ed)?\b|"
    r"\bnégociations?\b|\bpourparlers\b|\bcessez-le-feu\b|\btrêve\b|\bsommet\b|\bréunion\b|"
    r"\bpaix\b|\baccord\b|\bprocès\b|\btribunal\b|\bcondamnée?s? à\b|\bacquitté\w*|"
    r"\barrêtée?s?\b|\binterpellée?s?\b|\barrestations?\b|\bban(?:s|ned)?\b|"
    r"\bdetain(?:s|ed)?\b|\bextradit\w+|\bcharges\b|\bdissou?(?:t|s|lves?|lved)\b|"
    r"\binterdi(?:t|ction)\b|"
    # people driven from their homes, counted: "Over 112,000 displaced by new wave of attacks"
    r"\bdisplaced by\b|\bdéplacée?s? par\b"
)
#: Mourning, remembrance and threats: "Bamako rend un dernier hommage aux militaires tombés".
REMEMBRANCE = _rx(
    r"\bfunerals?\b|\bmourn\w*|\bburials?\b|\blaid to rest\b|\bceremon\w+|\bmemorial\b|"
    r"\bcommemorat\w+|\banniversary\b|\bthreat\w*|\bhommages?\b|"
    r"\bhonneurs (?:militaires|funèbres)\b|\bmilitary honou?rs\b|\bobsèques\b|\bfunérailles\b|"
    r"\benterr(?:e|ent|ement)\b|\bcérémonie\b|\bcommémor\w+|\banniversaire\b|\bmenac\w+|"
    r"\binhum\w+|" + _LAST_RITES + r"|"
    # the dead buried (not the living under rubble: "buried alive", "buried under the debris")
    r"\bbur(?:y|ies|ied)\b(?! (?:alive|under|beneath|in the rubble|in rubble))"
)

#: Where victims were ("killed at a funeral", "tués lors d'une cérémonie"): the event cue of a
#: non-incident used as the scene of an attack.
NON_INCIDENT_VENUE = _rx(
    # displaced people killed: the victims, not news of displacement
    # ("plus de 200 déplacés, surtout des femmes, enlevés")
    r"\bdéplacés,? (?:[\w-]+,? ){0,3}(?:tués|brûlés|blessés|morts|enlevés|kidnappés)\b|"
    r"\bdisplaced (?:people|persons|civilians|families|women) (?:were |have been )?(?:killed|"
    r"burned|wounded|abducted|kidnapped)\b|\b(?:killing|killed|tuant|tué\w*|abduct\w*|"
    r"kidnapp\w*|enlev\w*) (?:[\w-]+ ){0,3}(?:displaced|déplacés)\b|"
    # "Boko Haram kills 65 mourners": the mourners are the victims
    r"\b(?:kill\w*|massacr\w+|attack\w*|tu\w+)\s+(?:at least\s+|au moins\s+)?(?:[\w-]+\s+)?"
    r"mourners\b|"
    # an election as the target or the time: "ambush Peru army election convoy", "on the eve
    # of Sunday's presidential vote", « à la veille du scrutin »
    r"\belection (?:convoy|materials?|workers?|officials?|staff|rally|observers?|offices?|"
    r"officers?)\b|\b(?:matériel|agents?|convoi|bureaux?) électora\w*|"
    r"\b(?:on|in) the eve of (?:the |[\w'’-]+['’]s )?(?:[\w-]+ ){0,2}(?:election|vote|polls?)\b|"
    r"\bà la veille (?:de l['’]|du |des |de la )(?:[\w-]+ ){0,2}(?:élection|scrutin|vote)\w*|"
    # a prison's visits: "killed during visiting hours", "in front of relatives visiting"
    r"\bvisiting hours\b|\b(?:relatives|families|family members|visitors) visiting\b|"
    r"\bheures? de visite\b|\bparloir\b|"
    # victims seized after a visit ("seized after visiting an orphanage"), aid workers killed
    # ("l'assassinat des humanitaires", "six aid workers killed"): who they were, not the news
    r"\b(?:after|while|from|returning from|on (?:their|the) way back from)\s+"
    r"(?:(?:they|he|she|we)\s+)?(?:an?\s+)?visit(?:ing|ed)?\b|"
    r"\b(?:had|have) (?:just )?visited\b|\b(?:retour|revenaient|revenait) "
    r"(?:d['’]une|de la|de leur) visite\b|"
    r"\b(?:assassinat|meurtre|mort|morts|tués?|tuées?|enlèvement|enlevés?|killing|killed|kidnapp"
    r"\w*|abduct\w*) (?:de |des |d['’]|of )?(?:[\w'’-]+ ){0,2}?humanitaires?\b|"
    r"\bhumanitaires? (?:[\w'’-]+ ){0,2}?(?:tués|tuées|assassinés|enlevés|abattus)\b|"
    r"\b(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix) (?:[\w'’-]+ )?humanitaires\b|"
    # people killed on their way to or from one: "tuées ... au retour de funérailles"
    r"\b(?:(?:au retour|en revenant|revenaient|revenait|rentraient|rentrait)\s+"
    r"(?:de\s+|d['’]|du\s+|des\s+)|returning from\s|on (?:their|the) way (?:back )?"
    r"(?:from|to)\s|coming back from\s|heading (?:home )?from\s)\s*(?:une?\s+|a\s+|the\s+)?"
    r"(?:funérailles|obsèques|enterrements?|funerals?|burials?|weddings?|mariages?)\b|"
    # a court attacked: "un kamikaze tue 13 personnes devant le tribunal de Mardan", "a suicide
    # bomber struck outside the district courts"
    r"\b(?:devant|près du|dans le|à l['’]entrée du|dans l['’]enceinte du) (?:palais de justice|"
    r"tribunal)\b|\b(?:outside|inside|near|at the (?:entrance|gates?) (?:of|to)) (?:the |a )?"
    r"(?:[\w-]+ )?(?:court(?:house)?s?|court complex|judicial complex)\b|"
    # ... or besieged: "gunshots fired as crowd besieges Tamale court", "at the District Court"
    r"\bbesieg\w+ (?:the |a )?(?:[\w-]+ ){0,2}?(?:court(?:house)?s?|tribunal)\b|"
    r"\bat the (?:[\w-]+ )?(?:court(?:house)?|court complex|tribunal)\b"
    r"(?! (?:hearing|session|ruling|verdict|trial)s?\b)|"
    # a hall where mourners or guests gather: "coalition denies striking Sanaa funeral hall"
    r"\b(?:funeral|wedding|condolence) (?:halls?|homes?|tents?)\b|"
    r"\bsalles? (?:de (?:cérémonies?|fêtes|mariage|condoléances)|funéraires?|des fêtes)\b|"
    r"\b(?:at|during|attending|on|near)\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+)?(?:funerals?|"
    r"memorial|ceremony|commemoration|wedding|vigil|football match|match)\b|"
    r"\b(?:lors (?:de |d['’])|pendant |à |au cours (?:de |d['’]))"
    r"(?:une?\s+|des\s+|les\s+|la\s+|l['’])?"
    r"(?:funérailles|obsèques|cérémonie|commémoration|mariage|veillée|match)\b|"
    # a festival attacked: "260 bodies found at the site of the festival"
    r"\b(?:at|of|near) (?:an?\s+|the\s+)?(?:music\s+)?festival\b|"
    r"\b(?:du|au|d['’]un|le) festival\b|\brave(?:-party)?\b|"
    # "a strike on a camp for displaced people", "un camp de déplacés"
    r"\b(?:camps?|shelters?|sites?|settlements?) (?:for|of) (?:the\s+)?(?:internally\s+)?"
    r"displaced\b|\bdisplace(?:d|ment) (?:people['’]s\s+|persons['’]\s+)?(?:camps?|shelters?|"
    r"sites?)\b|\b(?:camps?|sites?|abris?|tentes?) (?:de|pour) (?:personnes\s+)?déplacés\b|"
    r"\btents? (?:of|for) (?:the )?displaced\b|"
    r"\brefugee camps?\b|\bcamps? de réfugiés\b|\bhumanitarian (?:workers?|convoy|staff)\b|"
    r"\b(?:travailleurs|convoi|personnel) humanitaires?\b"
)

#: Property attacked: burnt, looted, razed (an event of its own when nobody is hurt).
PROPERTY = _rx(
    r"\btorch(?:ed|es|ing)\b|\bset (?:on )?fire\b|\bset ablaze\b|\bburn(?:ed|t|ing) (?:down )?"
    r"(?:homes|houses|buildings|shops|churches|mosques|schools|offices|vehicles|villages?)\b|"
    r"\blooted\b|\bransacked\b|\brazed\b|\bvandali[sz]ed\b|\bincendi(?:ent|é|ée|és|ées|ant|aient)\b|"
    r"\bmis le feu\b|\bpill(?:é|ée|és|ées|ent|ant|age)\b|\bsaccag\w+|\brasée?s?\b"
)
#: Words of people hurt (a headline with these is not of property only).
CASUALTY_WORDS = _rx(
    r"\bkill\w*|\bdead\b|\bdeaths?\b|\bdied\b|\bwound\w*|\binjur\w+|\bmassacre\w*|"
    r"\btu(?:é|ée|és|ées|ant|ent)\b|\bmorts?\b|\bbless\w+|\bvictimes\b|\bmassacr\w+"
)

DAYS = WEEKDAYS
#: A sentence that opens on another event told next to this one: « Le même jour, des VDP ont
#: repoussé une attaque à Namsiguia », "Separately, ...", "In a separate incident, ...".
_ANOTHER_EVENT_OPENING = (
    r"^(?:le même jour|dans la même journée|the same day|on the same day|that same day|"
    r"separately|elsewhere|ailleurs|par ailleurs|in (?:a|another) separate (?:incident|attack)|"
    r"in another (?:incident|attack)|dans une autre attaque)\b"
)
ANOTHER_EVENT_OPENING = _rx(_ANOTHER_EVENT_OPENING)
#: The months, in French, then in English and in French.
MONTHS_FR = (
    r"janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
)
MONTHS = (
    r"January|February|March|April|May|June|July|August|September|October|November|December|"
    + MONTHS_FR
)
#: Sentences about other times: earlier attacks, the war's toll, history.
BACKGROUND = _rx(
    _ANOTHER_EVENT_OPENING + r"|"
    # (not "since Friday", "depuis vendredi": the same days as the event)
    r"\bsince\b(?!\s+(?:" + DAYS + r"|yesterday|last night|this morning|dawn)\b)|"
    # (not an earlier report of this event: "Earlier reports said a police officer had been
    # killed", "a previous toll")
    r"\bearlier\b(?! (?:reports?|tolls?|figures?|counts?|accounts?|estimates?)\b)|\bago\b|"
    r"\blast (?:week|month|year|spring|summer|autumn|fall|winter)\b|"
    r"\b(?:l['’](?:été|automne|hiver)|le printemps) dernier\b|"
    r"\bprevious\w*(?! (?:reports?|tolls?|figures?|counts?|accounts?|estimates?)\b)|"
    # the event counted among others: "It was the second attack on the field this week, after a
    # rocket landed on Wednesday", « C'est la troisième attaque en un mois »
    r"\b(?:it was|this was|it is|this is|c['’]est|il s['’]agit de) (?:the|la|le|l['’]) ?"
    r"(?:second|third|fourth|fifth|latest|deuxième|troisième|quatrième|cinquième|seconde)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|bombings?|raids?|incidents?|attaques?|frappes?|"
    r"attentats?)\b|"
    # a month told alone at the head of a sentence: "In April, ten border guards were killed",
    # « En mars, une embuscade » (today's event is told by its day)
    r"^(?:(?:In|En|Back in|Earlier in|Dès)(?: (?:early|mid|late|début|fin|mi))?|Début|Fin|Mi)"
    r"[ -](?:" + MONTHS + r")\b(?!\s+\d)|"
    r"\bin (?:19|20)\d\d\b|\bhas killed\b|"
    # a month of a year named: "It was last hit by drones in October 2021"
    r"\b(?:in|en) (?:" + MONTHS + r") (?:19|20)\d\d\b|"
    r"\bhave been killed\b|\bso far\b|\bin total\b|"
    # an event of another year: "in a 2017 jailbreak", "the 2019 attack on the camp"
    r"\b(?:a|an|the|its|their) (?:19|20)\d\d (?:[\w-]+ )?(?:attacks?|jailbreak|bombings?|raids?|"
    r"massacres?|assaults?|strikes?|ambush|offensive|siege|uprising|coup)\b|"
    r"\bthe war\b|\bthe conflict\b|\bfull-scale invasion\b|"
    # trends: "has seen a surge in attacks", "attacks have multiplied in recent months"
    r"\b(?:ha(?:s|ve) seen|surge in|a spate of|in recent (?:days|weeks|months|years)|"
    r"ces derni(?:ers|ères) (?:jours|semaines|mois|années|temps)|se sont multipliée?s|"
    r"recrudescence)\b|"
    # "the attack came less than two weeks after 52 people were killed in Bokkos"
    r"\b(?:came|comes|occurred|happened) (?:[\w-]+ ){0,5}(?:after|as)\b|"
    r"\bthe same day as\b|\ble même jour que\b|"
    # "the Timbuktu assault followed Sunday's raid on Boulkessi", "fait suite à l'attaque de"
    r"\b(?:followed|follows|fait suite (?:à|aux?)|faisait suite (?:à|aux?)) (?!by\b)"
    r"(?:[\w'’-]+ ){0,3}?(?:raids?|attacks?|strikes?|assaults?|bombings?|ambush(?:es)?|"
    r"attaques?|frappes?|attentats?|embuscades?)\b|"
    # other attacks the same side is blamed for: "the ministry also accused the RSF of
    # shelling a hospital in El Obeid"
    r"\balso (?:accused|blamed)\b|\b(?:a|ont) (?:également|aussi) (?:accusé|imputé)\b|"
    r"\b(?:days?|weeks?|months?) after\b|\bintervien\w* (?:[\w-]+ ){0,5}après\b|"
    r"\b(?:jours|semaines|mois) après\b|"
    r"\bdepuis\b(?!\s+(?:" + DAYS + r"|hier|ce matin|l['’]aube|la veille)\b)|"
    # (not "there was": « il y a eu une attaque », « il y a des blessés »)
    r"\bil y a\b(?! eu\b| des?\b| du\b| plusieurs\b| au moins\b| encore\b)"
    r"(?! une? (?!an\b|année|mois\b|semaine|jour|heure|décennie|siècle))|"
    r"\bauparavant\b|\bplus tôt\b|\bl['’]an dernier\b|"
    r"\bl['’]année dernière\b|\ble mois dernier\b|\ben (?:19|20)\d\d\b|\bavai(?:t|ent)\b|"
    r"\bdéjà\b|\bla guerre\b|\ble conflit\b|\bau total\b|\bfin (?:" + MONTHS_FR + r")\b"
)

#: "X claimed responsibility", "revendiqué par X", "X said it had targeted".
#: Air defences telling what they shot down ("said it had shot down ten of 14 missiles",
#: "a affirmé avoir abattu dix des quatorze missiles") claim no attack.
_NOT_INTERCEPTED = (
    r"(?! (?:[\w'’-]+ ){0,4}?(?:missiles?|drones?|rockets?|roquettes?|projectiles?|"
    r"engins|shaheds?|uavs?)\b)"
)
#: What a side says it did, after « avoir »: a claim (not what was shot down, told by « en »:
#: « qui affirme en avoir abattu 74 »; nor the operation launched after it: « affirment avoir
#: lancé une opération de poursuite »).
_CLAIMED_DEED = (
    r"mené|attaqué|frappé|tué|abattu|pris|conquis|tiré|"
    r"lancé(?! (?:une|des|de nouvelles) (?:opérations?|poursuites?|ratissages?)\b)|bombardé|"
    r"détruit|installé (?:leur|son|une) [«\"]?\s*administration"
)
CLAIM = _rx(
    r"\bclaim(?:ed|s|ing)? (?:of )?(?:responsibility|the (?:attack|strike|bombing|assault|"
    r"killing)|it|an attack)|\bclaimed\b(?= [^.]{0,40}\battack)|\brevendiqu\w+|"
    r"\bclaim(?:ed|s|ing)? (?:the |a |an )?(?:[\w'’-]+ ){0,3}(?:sinking|downing|shooting down|"
    r"capture|seizure|killings?|assassination|bombings?|ambush|attacks?|raids?|massacre|"
    r"assaults?|offensive|operation|blasts?|explosions?|strikes?|shelling|barrage|salvos?|"
    r"salvoes|volleys?|shooting|stabbing)\b|"
    r"\bclaim(?:ed|s|ing)? (?:a |the )?(?:role|involvement)\b|"
    # "claimed what it described as two martyrdom operations against the camp"
    r"\bclaim(?:ed|s)? what (?:it|they) (?:described|called|termed|said) (?:as|were|was)\b|"
    # "JNIM has claimed that its fighters ambushed a convoy"
    r"\bclaim(?:ed|s) (?:[\w-]+ ){0,3}?that (?:it|they|its|their)\b|"
    r"\b(?:said|says|affirme|affirment|a affirmé|"
    r"ont affirmé)(?: [\w-]+){0,9}? (?:that |que )?(?:one of |l['’]un de |un de )?(?:its|their|"
    r"ses|leurs) (?:fighters|militants|members|combattants|moudjahidines?|mujahideen) "
    r"(?:had |have |has |ont |avaient |a |avait )?"
    r"(?:attacked|ambushed|killed|struck|targeted|hit|shelled|carried out|clashed with|"
    r"confronted|fought|engaged|attaqué|tendu|tué|frappé|visé|ciblé|mené|perpétré|affronté|"
    r"combattu)\b|"
    # ground its forces took: "Russia says its forces have taken full control of Lyman"
    r"\b(?:said|says|affirme|affirment|a affirmé|ont affirmé)(?: [\w-]+){0,6}? (?:that |que )?"
    r"(?:its|their|ses|leurs) (?:forces|troops|units|fighters|troupes|unités|combattants) "
    r"(?:had |have |has |ont |avaient |a |avait )?(?:now |fully |completely )?"
    r"(?:taken|captured|seized|pris|conquis)\b|"
    # a state's aircraft or ships, told by the state: "the Israeli military said its jets had
    # struck a building", « a affirmé que ses avions avaient frappé »
    r"\b(?:said|says|affirme|affirment|a affirmé|ont affirmé|a indiqué|a annoncé)"
    r"(?: [\w-]+){0,6}? (?:that |que )?(?:its|their|ses|leurs) (?:[\w-]+ )?(?:aircraft|jets|"
    r"warplanes|planes|fighter jets|navy|warships|drones|avions|chasseurs|navires) "
    r"(?:had |have |has |ont |avaient |a |avait )?(?:struck|targeted|hit|bombed|attacked|"
    r"destroyed|eliminated|killed|frappé|visé|ciblé|bombardé|détruit|éliminé|tué)\b|"
    # "Hamas claimed the gunmen as members of its brigades"
    r"\bclaimed (?:the )?(?:gunmen|attackers|assailants|shooters?|bombers?|fighters) as\b|"
    # "an assault claimed by al-Shabaab"
    r"\b(?:attack|assault|bombing|strike|raid|ambush|killing|attaque|attentat|assaut|frappe|"
    r"embuscade|bomb|blast|explosion|shooting|massacre|tuerie|fusillade)\s+(?:later\s+|since\s+|"
    r"déjà\s+)?(?:claimed|revendiquée?)\s+(?:by|par)\b|"
    r"\b(?:said|say|says|claimed|claims) (?:\w+ ){0,3}(?:it|they) (?:had |have |has )?"
    r"(?:carried out|"
    r"targeted|attacked|launched|struck|killed|shot down|destroyed|was behind|seized|captured|"
    r"sunk|sank|downed|fired|ambushed|shelled|bombed|hit|fought|clashed with|"
    r"taken|took|overran|downed)" + _NOT_INTERCEPTED + r"|"
    r"\b(?:(?:a|ont) (?:affirmé|dit|assuré|déclaré|indiqué|annoncé|"
    r"confirmé|reconnu)(?: [\w-]+){0,4} (?<!\ben )avoir (?:visé|ciblé|" + _CLAIMED_DEED + r")|"
    # ... told in the present, of a deed (not of an aim: « Les FSR affirment avoir visé des
    # positions de l'armée » is their account of a massacre they are blamed for)
    r"(?:affirme|affirment|assure|assurent|disent|revendiquent)(?: [\w-]+){0,4} "
    r"(?<!\ben )avoir (?:" + _CLAIMED_DEED + r"))" + _NOT_INTERCEPTED + r"|"
    r"\bsays? it (?:carried out|"
    r"targeted|attacked)|\b(?:affirme|affirment|dit|disent|assure|assurent) (?:avoir "
    r"(?:pris|conquis|mené|abattu|détruit|neutralisé)|"
    r"s['’]être emparés? )"
)
#: A state owning its strike by its weapons: "Ukraine says Neptune missiles hit", "Israel
#: said its jets struck" (a claim only when a state speaks; a group's "its fighters hit" is
#: in CLAIM).
STATE_CLAIM = _rx(
    # (its own weapons, or weapons by name: "the missile hit a hangar" only says where)
    r"\b(?:said|say|says|claimed|claims)(?: on [A-Z]\w+)? (?:that )?(?:(?:its|their) (?:[\w-]+ )?|"
    r"(?-i:[A-Z][\w-]*) (?:[\w-]+ )?)"
    r"(?:missiles?|drones?|jets?|warplanes?|forces|troops|artillery|navy) (?:had |have |has )?"
    r"[\"“'‘]?(?:hit|struck|destroyed|downed|sank|sunk|killed|targeted|"
    # (ground it says its forces took back: "said that its forces had recaptured Lalibela")
    r"recaptured|retaken|retook|liberated|regained)\b|"
    # (a day between, the verb quoted: « a affirmé mercredi avoir « neutralisé » un cadre »)
    r"\b(?:dit|disent|affirme|affirment|assure|assurent|a affirmé|a dit|a assuré|annonce|"
    r"a annoncé|avait annoncé|confirme|a confirmé|reconnaît|a reconnu)(?: [\w-]+)? avoir "
    r"(?:[«\"“]\s?)?(?:visé|frappé|ciblé|détruit|mené|effectué)\b|"
    # "Central Command said it targeted a commander", "said on Wednesday they had neutralised"
    r"\b(?:said|says|say|confirmed|confirms)(?: on [A-Z]\w+)? (?:that )?(?:it|they) "
    r"(?:had |has |have )?"
    # (quoted too: "Israel's military said it 'eliminated' the commander")
    r"[\"“'‘]?(?:targeted|struck|hit|bombed|carried out|conducted|eliminated|killed|"
    r"neutrali[sz]ed|"
    # ground it says it took back: "Ukrainian forces said they had recaptured Snihurivka"
    r"recaptured|retaken|retook|liberated|regained)\b|"
    r"\b(?:dit|disent|affirme|affirment|a affirmé|a dit|annonce|a annoncé|ont annoncé|"
    r"revendique|a revendiqué)(?: [\w-]+)? avoir (?:repris|libéré|reconquis|repris le contrôle)\b|"
    # an attack owned as an answer: "Moscow said it was retaliating for a Ukrainian strike",
    # « Moscou présente l'attaque de vendredi comme une riposte »
    r"\b(?:said|says|say)(?: on [A-Z]\w+)? (?:that )?(?:it|they) (?:was|were|had been|is|are) "
    r"(?:retaliating|responding) (?:for|to)\b|"
    r"\b(?:présente|présentent|a présenté|ont présenté) (?:l['’]attaque|la frappe|les frappes|"
    r"ces frappes|le bombardement)(?: [\w-]+){0,3}? comme (?:une |des )?(?:riposte|représailles|"
    r"réponse)\b|"
    # "Central Command confirmed the strikes"
    r"\b(?:confirmed|acknowledged|admitted) (?:carrying out |conducting |launching )?"
    r"(?:the|its|a|an) (?:[\w-]+ )?(?:strikes?|air ?strikes?|operation|raid)\b|"
    # "the coalition acknowledged that it carried out an air strike"
    r"\b(?:admitted|admits|acknowledged|acknowledges|conceded|concedes) (?:that )?(?:it|they) "
    r"(?:had |has |have )?(?:carried out|conducted|launched|struck|bombed|hit|targeted)\b|"
    # its own weapons owned: "the air force admitted that one of its jets struck a village"
    r"\b(?:admitted|admits|acknowledged|acknowledges) (?:that )?(?:one of )?(?:its|their) "
    r"(?:[\w-]+ )?(?:jets?|aircraft|planes?|warplanes?|drones?|helicopters?)\b|"
    # (an attack confirmed is one told, not owned: "an army spokesman confirmed the attack")
    r"\b(?:confirmed|acknowledged|admitted) (?:carrying out|conducting|launching) "
    r"(?:the|its|a|an) (?:[\w-]+ )?attack\b"
)
#: A foreign force telling what its strike was: "the Pentagon said the strike targeted a
#: leader", "AFRICOM says the strike near Jilib followed an attack" (said by the forces of the
#: country struck, it is the victims' account: "Ukraine's general staff said the strike hit").
STRIKE_TOLD = _rx(
    r"\b(?:said|says|say) (?:that )?(?:the|its|their|these|this) (?:[\w-]+ ){0,2}?(?:strikes?|"
    r"air ?strikes?|airstrikes?|raids?|operation)s?\b[^.;]{0,40}?\b(?:had |has |have |was |were )?"
    r"(?:targeted|killed|destroyed|followed|was a response)\b"
)
CLAIM_NEGATED = _rx(
    r"\b(?:no (?:group|one|organi[sz]ation|faction)|none|nobody)\b[^.]{0,30}\bclaim\w*|"
    r"\bno (?:group|one|organi[sz]ation|faction) (?:has |had )?(?:yet )?(?:said|says) it "
    r"(?:had )?(?:carried out|was behind|did)\b|"
    # "There was no immediate claim of responsibility"
    r"\bno (?:immediate |official |formal )?claims? of responsibility\b|"
    # "No pamphlet claiming the attack was found at the spot", « aucun tract revendiquant »
    r"\bno (?:[\w-]+ )?(?:pamphlets?|leaflets?|letters?|notes?|statements?|messages?|videos?|"
    r"posters?|banners?) (?:\w+ )?claim\w*|\baucun (?:tract|communiqué|message) (?:\w+ )?"
    r"revendiqu\w*|"
    r"\bnot (?:yet |immediately )?(?:been )?claimed|\baucun(?:e)? (?:groupe|organisation|"
    r"revendication|mouvement|faction)|\bpersonne n['’]a revendiqué|"
    r"\bpas (?:encore )?(?:été )?revendiqu\w+|"
    r"\bn['’]a pas (?:encore )?(?:été )?revendiqu|"
    # "Israel did not claim it", "Israël n'a ni revendiqué ni commenté"
    r"\b(?:did|does|has|have) not (?:yet |immediately |publicly )?claim|"
    r"\b(?:didn|doesn|hasn)['’]t (?:yet |immediately |publicly )?claim|"
    r"\bnever (?:claims?|claimed)\b|\bni revendiqué|\bne revendique (?:pas|jamais)|"
    r"\bsans (?:la |le |les |l['’]|en )?revendiquer\b|\bwithout claiming\b|"
    # a denial told as a claim's words: "the coalition said it had carried out no strikes in
    # the area", « n'avoir mené aucune frappe »
    r"\b(?:carried out|conducted|launched) no (?:[\w-]+ )?(?:strikes?|attacks?|operations?|"
    r"raids?)\b|\b(?:mené|effectué) aucune? (?:[\w-]+ )?(?:frappe|attaque|opération|raid)"
)
#: A group naming its own dead ("claimed several of its members among the dead"): a side of
#: the event, not its author.
OWN_DEAD = _rx(
    r"\b(?:claim\w*|revendiqu\w+)\b[^.]{0,50}\b(?:parmi les (?:morts|tués|victimes)|"
    r"among the (?:dead|killed|victims)|comme (?:des |ses )?(?:membres|combattants|martyrs)|"
    r"as (?:its |their )?(?:own )?(?:members|fighters|martyrs))"
)
#: The attacker's own account of what it aimed at ("Israel said it targeted a Hamas commander",
#: "l'armée dit avoir visé le chef du Hamas"): the alleged target, not a side the report
#: establishes. Matched on the text before an actor's name.
CLAIMED_TARGET = _rx(
    r"\b(?:said|says|saying|claimed|claims|insisted)\s+(?:that\s+)?(?:it|they)\s+(?:had\s+|has\s+|"
    r"have\s+|was\s+|were\s+)?(?:hit|struck|targeted|targeting|attacked|aimed at)\b"
    r"[^.;:!?]{0,70}$|"
    r"\b(?:affirm\w*|dit|disent|assur\w*|indiqu\w*)\s+avoir\s+(?:visé|frappé|ciblé|attaqué)\b"
    r"[^.;:!?]{0,70}$|"
    # its own arms: "said its jets had struck", "a indiqué que ses avions avaient frappé"
    r"\b(?:said|says|saying|claimed|claims)\s+(?:that\s+)?(?:its|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:had\s+|has\s+|have\s+)?(?:hit|struck|targeted|attacked)\b[^.;:!?]{0,70}$|"
    r"\b(?:affirm\w*|dit|indiqu\w*|déclar\w*|annonc\w*|précis\w*)\s+(?:[\w-]+\s+)?que\s+"
    r"(?:ses|leurs)\s+(?:[\w-]+\s+){0,3}?(?:avaient|avait|ont|a)\s+(?:visé|frappé|ciblé|"
    r"attaqué)\b[^.;:!?]{0,70}$"
)
#: Who holds the ground where it happened ("territory held by the Arakan Army", "la ville,
#: contrôlée par le M23"): the setting, not a side of the event. Matched on the text before.
#: (the group's men named before its name: « tenue par les paramilitaires des FSR »)
_ITS_MEN = (
    r"(?:(?:paramilitaires|rebelles|jihadistes|djihadistes|insurgés|miliciens|combattants|"
    r"paramilitaries|rebels|militants|insurgents|fighters|militiamen)\s+(?:des?\s+|du\s+|"
    r"d['’]|of\s+(?:the\s+)?))?"
)
CONTROLLED_BY = _rx(
    r"\b(?:held|controlled|run|administered|occupied)\s+(?:[\w-]+\s+){0,4}?by\s+(?:the\s+)?"
    + _ITS_MEN + r"$|"
    r"\bunder\s+(?:the\s+)?control\s+of\s+(?:the\s+)?$|"
    r"\b(?:contrôlée?s?|tenue?s?|administrée?s?|occupée?s?)\s+(?:[\w-]+\s+){0,4}?par\s+"
    r"(?:les?\s+|la\s+|l['’])?" + _ITS_MEN + r"$|"
    r"\bsous\s+(?:le\s+)?contrôle\s+(?:de\s+|du\s+|des\s+|d['’])"
    r"(?:la\s+|l['’])?$|\baux mains\s+(?:de\s+|du\s+|des\s+|d['’])(?:la\s+|l['’])?"
    + _ITS_MEN + r"$|"
    # "a Hezbollah stronghold", "bastion du Hezbollah", "fief des shebab"
    r"\b(?:strongholds?|heartland|bastions?|fiefs?)(?:\s+[\w-]+)?\s+(?:of\s+|du\s+|des\s+|"
    r"de\s+|d['’])"
    r"(?:the\s+|la\s+|l['’])?(?:[\w-]+\s+){0,2}?$"
)

#: "blamed X", "accuse X", "attributed to X": X is named as the perpetrator.
BLAME = _rx(
    r"\bblam\w+|\baccus\w+|\battribu\w+|\bimput\w+|\bbelong\w* to\b|\bappartenant\b|"
    r"\bresponsible for\b|\bresponsables? de\b|"
    # "a massacre committed by the RSF", « un massacre commis par les FSR »
    r"\b(?:committed|perpetrated) by\b|\b(?:commise?s?|perpétrée?s?) par\b"
)
#: Words before a place that make it a reference point, not the site ("near Moscow").
NEAR_BEFORE = _rx(
    r"(?:\bnear|\boutside|\bon the (?:\w+ )?(?:edge|outskirts) of|\b(?:west|east|north|south)"
    r"(?:-?(?:west|east))? of|\b\d+ ?(?:km|kilometres|kilometers|miles) (?:\w+ )?(?:of|from)|"
    r"\boff|\bprès de|\baux portes de|\ben banlieue de|\bbanlieue de|\bau large de|"
    r"\bà l['’](?:ouest|est|nord|sud) de|\bproche de|"
    r"\bau (?:nord|sud)(?:-(?:est|ouest))? de|\b\d+ ?(?:km|kilomètres) (?:de|du)|"
    r"\b(?:km|kilomètres) (?:au |à l['’])(?:(?:nord|sud)(?:-(?:est|ouest))?|est|ouest) (?:de|du))"
    r"\s+(?:the |la |le |l['’])?$"
)
#: Words before a capitalised name that make it a person ("President Vladimir Putin").
PERSON_BEFORE = _rx(
    # (every title starts a word: the engine tries them at word starts only)
    r"\b(?:President|Prime Minister|Minister|General|Gen\.|Mr\.?|Mrs\.?|chief|leader|commander|"
    r"spokesman|président|ministre|général|M\.|Premier ministre|Pope|pape|Sheikh|cheikh|"
    r"journalist|journaliste|reporter|correspondent|correspondant|cameraman|caméraman|"
    r"photographer|photographe|"
    # a rank before a name of several words: "Major Mai Aik Kyaw", "Col. Ahmed Ould Bah"
    r"(?-i:Major|Maj\.|Colonel|Col\.|Lieutenant|Lt\.|Captain|Capt\.|Brigadier|Sergeant|"
    r"Sgt\.|Commandant|Capitaine|Lieutenant-colonel|Dr\.?)(?:\s+(?-i:[A-Z])[\w'’-]*){1,3}|"
    # an office before a name of several words: "le gouverneur Aminu Waziri Tambuwal"
    r"(?:governor|gouverneur|gov\.|senator|sénateur|mayor|maire|minister|ministre|president|"
    r"président|emir|émir|chairman|président du conseil)(?:\s+(?-i:[A-Z])[\w'’-]*){1,3}|"
    # a common given name before a surname that is also a town's: "Ahmed Gulak", "Musa Bida"
    r"(?-i:Ahmed|Ahmad|Mohammed|Mohamed|Muhammad|Mohammad|Mahamat|Mamadou|Moussa|Musa|"
    r"Abdullahi|Abdullah|Abdoulaye|Abubakar|Aboubacar|Ibrahim|Ibrahima|Idris|Idriss|Ismail|"
    r"Ismaël|Umar|Omar|Oumar|Usman|Ousmane|Yusuf|Youssouf|Hassan|Hussein|Hussain|Ali|Khalid|"
    r"Salah|Abdel|Abdul|Mustafa|Moustapha|Bello|Aliyu|Sani|Suleiman|Souleymane|Adamu|Garba))"
    r"\s+$"
)
#: An Arabic "new" or "old" after a town's name, part of that name ("Baghdad al-Jadida" is New
#: Baghdad, "Mosul al-Qadima" its old town), not a place or a surname of its own.
ARABIC_NAME_TAIL = r"(?:al|el)[ -](?:jadida|jadidah|jdida|qadima|qadimah|kubra|sughra)"
#: Words right after a place name that keep it a place ("Kyiv Mayor", "Kharkiv region").
PLACE_SUFFIX = _rx(
    r"^\s+(?:City|Province|Region|Oblast|Governorate|District|State|Mayor|Governor|Airport|"
    r"Port|Strip|Valley|Base|Council|Police|Ministry|Street|Square|Camp|University|College|"
    r"Hospital|Stadium|Market|Mosque|Prison|Station|Bridge|Road|Hotel|Palace|Cathedral|"
    r"Church|School|Academy|Highway|Province's|Cantonment|Garrison|"
    # an Arabic "new" or "old" that is part of the town's name: "Baghdad al-Jadida"
    + ARABIC_NAME_TAIL + r")\b"
)
#: A flag state is not a location ("Barbados-flagged", "battant pavillon libérien").
FLAG_AFTER = _rx(r"^-?\s?(?:flagged|registered)\b")
FLAG_BEFORE = _rx(r"pavillon (?:de |du |des |d['’])?$")
#: "according to X", "selon X": X is a source.
SOURCE_BEFORE = _rx(r"(?:according to|selon|citing|cité par)\s+(?:the |la |le |l['’]|les )?$")
#: "..., a annoncé Erevan.", "..., said Kyiv.": the speaker after its verb (ending the clause;
#: "said Kharkiv governor Oleh Syniehubov" names the governor's region)
VERB_BEFORE_SPEAKER = _rx(
    r"\b(?:(?:a|ont|avait|avaient) (?:annoncé|déclaré|affirmé|indiqué|assuré|précisé|"
    r"rapporté|dénoncé|accusé|fait savoir|confirmé|démenti)|annonce|affirme|indique|"
    r"said|says|added|announced|claimed)\s*,?\s+$"
)
#: The accused or the authorities deny the event or their part in it.
DENIAL = _rx(
    r"\bden(?:ied|ies|y) (?:any |all |direct )?(?:involvement|responsibility|role|"
    r"carrying out|the (?:claim|report|attack|allegations?|accusations?|charges?))|"
    # "the army denied that its camp had fallen", "a démenti que..."
    r"\bden(?:ied|ies|y)(?: [\w-]+){0,3}? that\b|"
    r"\bden(?:ied|ies|y|ying) (?:firing|launching|shooting|striking|shelling|bombing|"
    r"attacking)\b|\b(?:nie|nient|a nié|ont nié|dément|démentent) avoir\b|"
    # the accused rejecting the accusation ("les séparatistes rejettent les accusations")
    r"\b(?:rejette\w*|a rejeté|ont rejeté|rejects?|rejected) (?:les |the |these |ces )?"
    r"(?:accusations?|allegations?|charges?)\b|"
    r"\b(?:a|ont) (?:démenti|nié)(?: [\w-]+){0,3}? que\b|\b(?:dément|nie) que\b|"
    # ground said lost denied: « l'armée dément la chute de la garnison », "denies the fall of"
    r"\b(?:dément|démentent|a démenti|ont démenti|nie|nient|denies|denied|deny)\s+(?:la |le |"
    r"the )?(?:chute|prise|perte|fall|loss|capture|seizure)\s+(?:de|d['’]|du|des|of)\b|"
    # the accused denying the wrong itself: "Yaoundé dément toute bavure"
    r"\b(?:dément|démentent|nie|nient|a démenti|ont démenti|denies|deny|denied)\s+(?:toute?s?\s+|"
    r"any\s+|all\s+)?(?:bavures?|exactions?|wrongdoing|atrocities|massacre|killings? of)\b|"
    # a bare denial closing a clause: "M23 denies", "le M23 a démenti, accusant..."
    r"\b(?:denies|denied)\s*(?:[.,;]|$)|\b(?:a|ont) démenti\s*(?:[.,;]|$)|"
    r"\bden(?:ied|ies) (?:that )?(?:any|"
    r"an|the) (?:attack|strike)|\bsaid no (?:such )?attack|\bno attack (?:had )?took place|"
    r"\b(?:dément|démentent|démenti|a démenti|ont démenti|nie|nient|a nié|ont nié)\b"
    r"(?: \w+){0,2} (?:toute |l['’]|avoir |cette )?(?:implication|responsabilité|attaque|"
    r"information)|\bqui (?:le )?dément\b|\bfalse claims?\b|\bfabricat\w+|"
    # "rejette toute responsabilité", "a démenti être à l'origine des tirs"
    r"\b(?:rejette|rejettent|a rejeté|ont rejeté|"
    r"rejects?|rejected) (?:toute |any |all )?(?:responsabilité|responsibility|implication|"
    r"involvement)|\bdémenti (?:être|avoir)\b|"
    # (quoted too: 'it had "nothing to do" with the crash')
    r"\b(?:rien à voir|nothing to do)\s*[\"”»]?\s*(?:avec|with)\b|"
    # "the movement was not behind the fire", « n'était « pas derrière » ces tirs »
    + NOT_BEHIND
)
#: A faith right before a nationality word: the word names a people, not a state ("Shi'ite
#: Turkmen fighters" are Iraq's Turkmen, not Turkmenistan's army).
FAITH_BEFORE = re.compile(r"\b(?:Shi['’]?ite|Shia|Sunni|Christian|Muslim)\s+$")
#: Attackers named only by what they did or carried ("gunmen", "des hommes armés"): an
#: unidentified armed group, unless a named group is a side.
UNIDENTIFIED_ATTACKERS = _rx(
    # (not someone's own men: "detained along with about 25 of his armed men")
    r"(?<!\bhis )(?<!\bher )(?<!\btheir )(?<!\bses )(?<!\bleurs )"
    r"\b(?:gunmen|gunman|armed (?:men|assailants|attackers|bandits|individuals)|"
    r"unidentified (?:attackers|assailants|gunmen|men|armed men)|unknown (?:attackers|"
    r"assailants|gunmen|armed men)|assailants|attackers|bandits|militants|insurgents|"
    r"jihadists|terrorists|hommes armés|individus armés|inconnus armés|assaillants|"
    r"bandits armés|(?:unidentified|unknown) armed groups?|groupes? armés? (?:non identifiés?|"
    r"inconnus?)|"
    r"hommes non identifiés|terroristes|jihadistes|djihadistes|insurgés|assaillant|"
    r"attaquants?|attacker|"
    # armed smugglers who fight the forces at a border: "smugglers opened fire on a patrol",
    # « des trafiquants de drogue venus de Syrie »
    r"(?:drug |arms |armed )?smugglers|(?:drug |arms )?traffickers|contrebandiers|"
    r"trafiquants(?: de drogue| d['’]armes)?|"
    # a car driven into people, a knife: someone did it ("a car-ramming attack near Mevo
    # Dotan", « une attaque à la voiture-bélier »)
    r"(?:car-?|vehicle-?)?ramming attacks?|voiture-bélier|stabber|knifeman|"
    # the communiqués' "armed terrorist groups", « groupes armés terroristes »
    r"(?:armed )?terrorist groups?|groupes? (?:armés? )?terroristes?)\b"
)
UNCONFIRMED = _rx(
    r"\b(?:n['’](?:a|ont) pas (?:pu )?être (?:confirmé|vérifié)|(?:vérifi|confirm)\w* de "
    r"(?:source|manière|façon) indépendante|not (?:be )?independently (?:verified|confirmed))|"
    r"could not (?:be )?(?:independently )?(?:verif|confirm)|unable to (?:independently )?"
    r"(?:confirm|verify)|not (?:immediately )?(?:been )?(?:confirmed|verified)|"
    r"n['’]a pas (?:pu )?être (?:confirmé|vérifié)|pas été (?:confirmé|vérifié)|"
    r"(?:ne pas être|n['’]est pas) en mesure de (?:le |les )?confirmer|aucune confirmation|"
    r"no knowledge|aucune connaissance|unverified|non confirmé|invérifiable|"
    r"n['’]avons vu aucun rapport"
)
#: Who speaks with authority ...
_OFFICIAL_WORDS = (
    # (a rebel or resistance "official" speaks for an armed group, not the state)
    r"(?<!resistance )(?<!rebel )(?<!militant )(?<!insurgent )(?<!opposition )\bofficials?\b|"
    r"authorit\w+|\bministry\b|\bminister\b|\bmilitary\b|\barmy\b|\bpolice\b|"
    r"\badministrat(?:or|eur)\b|"
    # (not the head of a civil society group, a union or a committee)
    r"\b(?:president|président)\b(?! (?:de la|of the|of|d['’]une?|of an?) (?:\w+ )?"
    r"(?:société civile|civil society|association|ONG|NGO|collectif|comité|committee|union|"
    r"syndicat|coordination))|"
    r"\bpresidency\b|\bprime minister\b|\bpremier ministre\b|"
    r"\bchef de l['’]état\b|\bhead of state\b|"
    r"governor|\bmayor\b|spokes(?:man|woman|person)|\bgovernment\b|Pentagon|Central Command|"
    r"United Nations|World Health Organization|"
    r"Investigative "
    r"Committee|prosecutor|state media|state television|\bjunta\b|security sources|"
    # (not a hospital's or a charity's: « un haut responsable de l'hôpital Ayder »)
    r"\bresponsables?\b(?! (?:de l['’]hôpital|d['’]hôpital|du centre de santé|de l['’]ONG|"
    r"d['’]une ONG|humanitaires?|de la Croix-Rouge|du Croissant-Rouge)\b)|"
    r"autorités|ministère|\bministre\b|\barmée\b|gouverneur|\bmaire\b|"
    r"porte-parole|gouvernement|sources? (?:sécuritaires?|de sécurité|militaires?)|"
    r"enquêteurs|\bjunte\b|\bONU\b|\bpréfet\b|\bprésidence\b|Kremlin|parquet|Tsahal|"
    # the general staff, elected local officials and council heads speak for the state
    r"état-major|\bélus? locaux\b|\bélus? local\b|\blocal (?:elected )?officials?\b|"
    r"\b(?:council|LGA|local government|county|district) (?:chairman|chairperson|chair|"
    r"commissioner|administrator)\b|\bcommissioner\b|\bchairman of\b[^.;]{0,40}"
    r"\b(?:council|local government|LGA)\b|"
    # state rescue services speak for the state
    # (not Syria's White Helmets, rescuers of the opposition's areas)
    r"(?<!syrian )(?<!syria )civil defen[cs]e|emergency (?:service|ministry|situations)|"
    r"défense civile(?! syrienne| opérant en zone rebelle)|"
    r"protection civile|services? (?:d['’]urgence|de secours)|situations d['’]urgence|"
    r"\b(?:les|des) secours\b|"
    # prosecutors, state security services, state emergency centres and news agencies
    r"\bprocureurs?\b|\bFSB\b|Federal Security Service|\bemergency medic(?:ine|al) cent(?:re|er)|"
    r"\b(?:state|national|official) news agency\b|\bagence (?:de presse )?officielle\b|"
    # town halls and emergency management agencies
    r"\bmairie\b|\bcity hall\b|\btown hall\b|\bmunicipalit(?:y|é)\b|\bhôtel de ville\b|"
    r"\bemergency management agency\b|"
    # the UN's missions and a command's staff
    r"\bpeacekeeping mission\b|\bmission (?:de l['’]ONU|onusienne|des Nations unies)\b|"
    r"\b(?:the|la) (?:UN |U\.N\. )?mission\b|"
    # those who rule where they are put or where they hold the ground: "the Moscow-installed
    # head of the peninsula", « le dirigeant installé par Moscou », "the Kurdish-led
    # administration", « l'administration semi-autonome kurde »
    r"-installed (?:head|leader|governor|officials?|authorities|administration|mayor)\b|"
    r"\b(?:dirigeant|chef|gouverneur|responsable|maire|autorités)s? installée?s? par\b|"
    r"\b(?:autonomous|self-rule|kurdish-led|semi-autonomous) administration\b|"
    r"\badministration (?:semi-)?autonome\b|"
    # border guards and forensic services
    r"\bborder (?:guard|guards|service|police)\b|\bgarde-frontières\b|"
    r"\bforensic (?:institute|service|experts?|medicine)\b|\bmédico-légal\w*\b|"
    r"\bJoint Forces Operation\b|\bgeneral staff\b|\bhigh command\b|"
    # official tolls and regional administrations, health directorates, state media
    r"\bofficiel(?:le)?s?\b|\bcommissaires?\b|\badministrations? (?:militaires? )?"
    r"(?:régionales?|municipales?|locales?|de la ville|provinciales?)\b|\b(?:regional|city|"
    r"municipal|provincial) (?:military )?administration\b|"
    r"\bdirection (?:provinciale |régionale )?de la santé\b|"
    r"\bhealth (?:department|directorate|authorities)\b|\bmédias d['’]état\b|"
    r"\btélévision (?:d['’]état|publique|nationale)\b|\bradio (?:d['’]état|nationale)\b|"
    r"\barmed forces\b|\bforces armées\b|\bdefen[cs]e forces\b|"
    r"\bsecr[ée]tariat (?:à la|de la|of|for) (?:public )?s[ée]curit[ée]\b|"
    r"\bsecurity secretariat\b|"
    # prosecutors, police chiefs by title, commands, defence secretaries
    r"\battorney general\b|\bsuperintendent of police\b|\binspector general\b|"
    r"\bcommandement\b|\bsecr[ée]taire (?:\w+ )?(?:à la|de la|of) d[ée]fense\b|"
    r"\bdefen[cs]e secretary\b|\bsecretary of (?:state|defen[cs]e)\b|"
    # the arms other than the army, police sources, prison services, foreign ministries
    r"\bnavy\b|\bair force\b|\bmarine\b|\barmée de l['’]air\b|\bcoast ?guards?\b|"
    r"\bgarde-côtes\b|\bnational guard\b|\bgarde nationale\b|"
    r"\bpolice sources?\b|\bsources? policières?\b|\bcomité d['’]enquête\b|"
    r"\b(?:prison|penitentiary|correctional) (?:service|authorit\w+|administration)\b|"
    r"\bservices? pénitentiaires?\b|\badministration pénitentiaire\b|"
    r"\bstate department\b|\bdépartement d['’]état\b|\bgouvernorats?\b|"
    # counter-terrorism services, and coalitions of states' forces
    r"\bcounter-?terrorism (?:service|department|directorate|police)\b|"
    r"\b(?:service|département|direction) (?:de l['’])?anti-?terroris\w+\b|"
    r"\b(?:saudi|us|u\.s\.|american|arab|emirati|western)-led (?:military )?coalition\b|"
    r"\bcoalition (?:militaire )?(?:arabe|internationale|menée par (?:riyad|l['’]arabie|"
    r"washington|les états-unis))\b"
)
#: Officials who speak, on lower-cased text (``OFFICIAL_LOW``), and by names written in capitals
#: (``OFFICIAL_NAMES``): the UN and its missions and agencies, the IDF, the OSCE's monitors,
#: state news agencies (TASS, SANA, IRNA…), emergency management agencies.
OFFICIAL_LOW = lowered(_OFFICIAL_WORDS)
OFFICIAL_NAMES = re.compile(
    r"\b(?:UN\b|U\.N\.|WHO\b|IDF\b|TASS\b|RIA Novosti\b|SANA\b|IRNA\b|KCNA\b|Xinhua\b|"
    r"WAFA\b|SPA\b|QNA\b|APS\b|Ukrinform\b|SEMA\b|NEMA\b|UNIFIL\b|FINUL\b|Finul\b|"
    r"MONUSCO\b|Monusco\b|MINUSMA\b|Minusma\b|MINUSCA\b|Minusca\b|UNAMA\b|UNMISS\b|"
    r"UNISFA\b|OCHA\b|UNHCR\b|UNICEF\b|UNRWA\b|OHCHR\b|OSCE\b|OSCE's\b|JFO\b|"
    r"AFRICOM\b|CENTCOM\b|DGP\b|IGP\b|SSP\b|Magen David Adom\b|MDA\b)"
)
#: ... when it is reported as saying it.
REPORTING = _rx(
    r"\bsaid\b|\bsays\b|\bsay\b|\bstated\b|confirm\w+|announc\w+|\btold\b|according to|"
    r"\bselon\b|\b(?:indique|indiquent|précise|précisent|affirme|affirment|annonce|"
    r"annoncent)\b|\b(?:a|ont) (?:rendu public|livré|publié)\b|"
    r"\b(?:a|ont) (?:indiqué|annoncé|déclaré|confirmé|reconnu|affirmé|fait état|précisé)|"
    r"\breconnu\b|acknowledg\w+|in a statement|dans un communiqué|\bblamed\b|\baccuse\w*|"
    # « a-t-on appris jeudi d'une source sécuritaire »
    r"\ba-t-on appris\b|\bapprend-on\b"
)
#: A place right before these is a government speaking ("Washington said"), not a location.
SPEECH_AFTER = _rx(
    # (an adverb between: "an account Niamey flatly rejects")
    r"^\W{0,3}(?:(?:flatly|firmly|strongly|categorically|quickly|immediately|swiftly|"
    r"formellement|fermement|catégoriquement) )?"
    r"(?:" + by_first_letter(
    r"said|says|has said|had said|accused|accuses|blamed|denied|denies|announced|"
    r"rejects|rejected|refutes|refuted|dismissed|dismisses|disputes|disputed|rejette|"
    r"a rejeté|réfute|a réfuté|conteste|a contesté|nie|a nié|"
    r"denounced|denounces|dénonce|dénoncent|a dénoncé|ont dénoncé|"
    r"admits|admitted|acknowledges|acknowledged|reconnaît|a reconnu|ont reconnu|"
    # praise is no part in it: "Hamas hailed the attack", "le Hamas a salué une riposte"
    r"praised|praises|hailed|hails|welcomed|welcomes|applauded|a salué|salue|ont salué|"
    r"saluent|s['’]est félicité|se félicite|"
    r"warned|responded|a déclaré|a affirmé|a annoncé|accuse|dément|a démenti|affirme|estime|"
    r"a promis|promet|menace|would respond|did not comment|n['’]a pas|condemned|condemns|"
    r"a condamné|condamne|a accusé|ont accusé|accusent|se tait|reste muet|remained silent|"
    r"kept silent|has not commented|say|font état|fait état|a fait état|ont fait état|"
    r"indique|indiquent|annoncent|déclarent|affirment|"
    # a government's answer to the attack: "Baghdad cancels Turkish minister's visit",
    # « Bagdad convoque l'ambassadeur »
    r"cancels|cancelled|canceled|annule|a annulé|summons|summoned|convoque|a convoqué|"
    r"recalls|recalled|rappelle|a rappelé|protests|protested|proteste|a protesté|"
    r"demands|demanded|exige|a exigé|attribue|attribuent|a attribué|impute|a imputé|"
    r"attributes|attributed|"
    # a government reacting, not a place: "Kabul yet to respond", « Bagdad s'en prend à Ankara,
    # qui dément »
    r"yet to respond|has yet to respond|is yet to respond|vows|vowed|warns|urges|urged|"
    # who names or counts it: "what Cairo described as militant camps", « Téhéran ramène à
    # douze le nombre de gardes enlevés »
    r"described|describes|termed|qualifie|a qualifié|revised|revises|révise|a révisé|"
    r"ramène|a ramené|"
    r"threatens|pledges|blames|s['’]en prend à|hausse le ton|réagit|a réagi|met en garde|"
    r"avertit|a averti|exhorte|qui dément|qui nie|which denies|which denied|"
    # « Les FSR ont de leur côté dénoncé un massacre »
    r"(?:ont|a) (?:de (?:leur|son) côté|pour (?:leur|sa) part|quant à (?:eux|lui)|aussi|"
    r"également),? (?:dénoncé|démenti|affirmé|accusé|déclaré|assuré|nié|condamné|salué)") + r")\b"
)
#: The same, a few words away: "the U.N. human rights office said" (for actors).
SPEECH_AFTER_LOOSE = _rx(
    # "the Arakan Army rebel group and local aid workers said": a co-source after "and"
    r"^\s*(?:[\w'’.-]+\s+){0,3}?(?:(?:and|et)\s+(?:[\w'’.-]+\s+){0,4}?)?"
    # (« les Houthis l'accusent de massacre »)
    r"(?:l['’]|les? (?=accus))?"
    r"(?:said|says|has said|had said|accused|accuses|blamed|denied|praised|hailed|welcomed|"
    r"a salué|ont salué|"
    r"denies|announced|warned|responded|a déclaré|a affirmé|a annoncé|accuse|dément|a démenti|"
    r"affirme|estime|accusent|a accusé|ont accusé|blame|blames|"
    r"a promis|promet|menace|would respond|did not comment|n['’]a pas|condemned|condemns|"
    r"a condamné|condamne)\b"
)

#: Arms that only a state's forces field, or fire that is theirs: "Israeli tank fire",
#: "Russian helicopter gunships", "chars israéliens" ("Israeli fire" is not among them:
#: "Palestinian gunmen opened fire").
_ARMOUR_EN = (
    r"tanks?|tank fire|aircraft|helicopters?|gunships?|gunboats?|commandos|special forces|"
    r"paratroopers"
)
_ARMOUR_FR = r"chars?|hélicoptères?|commandos?|"
#: Nouns after a nationality ("Russian missile") or before it ("frappe israélienne") that make
#: the nation's armed forces the actor.
_FORCE_NOUN_EN_HEAD = (
    # (the words between are not a verb: "the United States blamed Rwandan troops")
    # (not across a stop or a comma: "Ukraine. Un missile russe", "dans le sud de l'Ukraine,
    # par deux missiles russes")
    r"^[^\w.,:;!?()]{0,2}(?:(?!-?(?:blamed|blames|accused|accuses|said|says|say|condemned|condemns|"
    r"denied|denies|urged|urges|called|told|warned|warns|sent|deployed|backed|supports|"
    # "U.S.-supplied ATACMS missiles": the supplier is not the one who fired
    r"supplied|made|built|provided|donated|manufactured|designed|based|"
    # (nor what hit it, nor another clause: "rockets from Lebanon hit Safed army base", "a UAV
    # launched from Yemen and that troops are at the site")
    r"hit|hits|hitting|struck|targeted|targets|slammed|slams|that|which|who|"
    # (nor what others did with it: "Israeli settlers opened fire")
    r"opened|returned|exchanged|traded|"
    # (nor a place or a preposition: "pounded the Ukrainian capital with drones")
    r"capital|city|town|village|port|region|border|side|"
    # (nor a place the attack hit: "Pakistani market attack", "Honduran prison attack")
    r"prison|jail|market|school|hospital|mosque|church|temple|hotel|restaurant|bus|train|"
    r"embassy|consulate|wedding|funeral|mall|stadium|university|"
    # (nor a preposition after people: "killed seven Palestinians during a raid")
    r"during|in|on|at|after|before|by|near|from|with|for|of)\b)"
    r"[\w-]+\s+){0,2}?(?:missiles?|strikes?|air ?strikes?|airstrikes?|drones?|"
    r"shelling|bombs?|jets?|warplanes?|artillery|rockets?|raids?|bombardment|troops|soldiers|"
    r"forces|army|military|navy|warships?|service ?members|servicemen|marines|air force|"
    r"border guards?|coast ?guards?|"
    # (aircraft, not a suicide bomber's nationality: "U.S. B-2 stealth bombers")
    r"Central Command|fighter jets|" + _BOMBERS_EN + "|" + _ARMOUR_EN
)
#: (not what the force stands behind: "Sudan's army-aligned government")
_NOT_ITS_PROXY = (
    r"(?!-(?:aligned|backed|allied|affiliated|run|led|controlled|appointed|installed)\b)"
)
FORCE_NOUN_EN = _rx(_FORCE_NOUN_EN_HEAD + r")\b" + _NOT_ITS_PROXY)
#: The same after a nationality, where an attack is the nation's ("a Russian attack", "une
#: attaque russe"; "a Niger mosque attack" only says where).
FORCE_OR_ATTACK_NOUN_EN = _rx(
    # (and its fire: "came under Russian fire", "killed by Israeli fire")
    _FORCE_NOUN_EN_HEAD + r"|attacks?|barrage|offensive|fire|gunfire|shellfire)\b" + _NOT_ITS_PROXY
)
#: (not a weapon's make: « des drones de conception iranienne », « de fabrication russe »)
_NOT_THE_MAKE_FR = (
    r"(?!\s+(?:de|d['’])\s*(?:conception|fabrication|facture|origine|licence|modèle)\b)"
)
FORCE_NOUN_FR = _rx(
    # ("un poste des forces de défense et de sécurité togolaises")
    r"(?:forces de défense et de sécurité|forces de défense|forces de sécurité|"
    r"missiles?|frappes?|raids?|drones?|bombardements?|tirs?|bombes?|avions?|aviation|"
    r"bombardiers?|"
    + _ARMOUR_FR
    + r"armée|forces|troupes|soldats|militaires|marine|artillerie|obus|roquettes?|attaques?|"
    r"gardes?-frontières?|garde-côtes?|"
    # (not the armed men between: « une attaque des islamistes somaliens shebab »)
    r"offensive)" + _NOT_THE_MAKE_FR + r"(?:\s+(?!(?:islamistes|jihadistes|djihadistes|rebelles|"
    r"insurgés|miliciens|"
    r"combattants|terroristes|séparatistes|assaillants|hommes)\b)[\w-]+){0,2}?\s*$"
)

#: Police among the victims or targets: the state's police is an actor.
POLICE_TARGET = _rx(
    r"\bpolicem[ae]n\b|\bpolice (?:officers|station|post|compound|headquarters|barracks|patrol|"
    r"convoy|checkpoint|academy|training|commandos?|personnel|vehicle|van|truck|team|unit)|"
    # (not whose funeral it was: "lors des funérailles d'un commandant de police")
    r"\b(?:" + not_after(
        ["police chief", "police commander", "police commissioner", "chef de la police",
         "chef de police", "commandant de la police", "commandant de police",
         "commissaire de police"],
        ["funeral of a ", "funeral of the ", "funérailles d'un ", "obsèques d'un "],
    ) + r")\b|"
    # (not a policeman quoted: "a indiqué un policier", "selon un policier")
    r"\b(?:" + not_after(["policiers?"], ["selon un ", "selon des "]) + r")\b"
    r"(?! (?:a |ont )?(?:dit|déclaré|indiqué|"
    # (not the UN's refugee agency: « le Haut-Commissariat des Nations unies pour les réfugiés »)
    r"affirmé|précisé|raconté|expliqué|confié|rapporté|souligné)\b)|(?<!haut-)\bcommissariats?\b|"
    r"\b(?:véhicule|camionnette|fourgon|patrouille|poste|convoi|escorte|école|académie|centre "
    r"de formation) de (?:la )?police\b|\bélèves?[- ]policiers?\b|"
    r"\b(?:against|contre) (?:the |la )?police\b|\bagents de police\b|"
    # one officer, not one who speaks ("a police officer was killed"; not "a senior police
    # officer said", "according to a police officer")
    r"\bpolice officer\b(?<!said a police officer)(?<!told a police officer)"
    r"(?<!according to a police officer)"
    r"(?!,? (?:said|says|told|who (?:spoke|asked|declined|requested))\b)|"
    # police forces under other names (India, Pakistan)
    r"\bDistrict Reserve Guard\b|\bDRG\b|\bCRPF\b|\bCentral Reserve Police\b|"
    r"\bSpecial Task Force\b|\bFrontier Constabulary\b|\bLevies\b|\bCTD\b|"
    # and its officers by rank or post: "Colonel, Major and DSP killed", "two PSOs shot dead"
    r"\bDSP\b|\b(?:deputy )?superintendent of police\b|\bPSOs?\b|"
    r"\bpersonal security officers?\b|\bofficiers? de police\b|\b(?:head )?constables?\b|"
    r"\bSpecial Operations Group\b|\bSOG\b|"
    r"\b(?:assistant )?sub-inspectors?\b|\bpolice inspectors?\b|\binspecteurs? de police\b|"
    r"\bstation house officers?\b|\bSHOs?\b"
)

#: An actor owning the body that speaks ("the Hamas-run health ministry", "le ministère de la
#: Santé du Hamas"): a source, not a side. Matched after and before an actor's name.
SOURCE_ORGAN_AFTER = _rx(
    r"^(?:-run|-controlled|-led|['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:health ministry|ministry|"
    r"media office|spokes(?:man|woman|person)|television|radio|news agency|civil defen[cs]e|"
    # (its channel named: "the Houthi movement's Al Masirah TV")
    r"(?:[A-Z][\w-]*\s+){1,3}(?:TV|television|channel)|"
    # "Taliban officials said", "Houthi authorities say"; but one who denies speaks for the
    # accused ("an LNA official denied it had targeted the centre")
    r"officials?|authorities|government|administration)\b"
    r"(?!\s+(?:[\w-]+\s+){0,2}?(?:denied|denies|deny|rejected|rejects|dismissed)\b)"
)
SOURCE_ORGAN_BEFORE = _rx(
    r"\b(?:ministère|ministry|bureau|office|médias?|media|agence|agency|porte-parole|radio|"
    r"télévision|television|chaîne|défense civile)\s+(?:[\w'’-]+\s+){0,3}?(?:de la |du |des |"
    r"de l['’]|d['’]|of (?:the )?)$|"
    # "selon un responsable taliban", "les autorités houthies"
    r"\b(?:responsables?|autorités|gouvernement|officiels?)\s+$"
)
#: Weapons after a nationality ("Russian missiles") or before it ("frappe russe"): that
#: nation's forces are the attacker.
WEAPON_NOUN_EN = _rx(
    # (the words between are not a verb: "the United States blamed Rwandan troops")
    r"^\W{0,2}(?:(?!-?(?:blamed|blames|accused|accuses|said|says|condemned|condemns|denied|"
    r"denies|urged|urges|called|told|warned|warns|sent|deployed|backed|supports|"
    # "U.S.-supplied ATACMS missiles": the supplier is not the one who fired
    r"supplied|made|built|provided|donated|manufactured|designed)\b)"
    r"[\w-]+\s+){0,2}?(?:missiles?|strikes?|air ?strikes?|airstrikes?|drones?|"
    r"shelling|bombs?|jets?|warplanes?|artillery|rockets?|raids?|bombardment|fighter jets|"
    + _BOMBERS_EN + "|" + _ARMOUR_EN + r")\b"
)
WEAPON_NOUN_FR = _rx(
    r"(?:missiles?|frappes?|raids?|drones?|bombardements?|tirs?|bombes?|avions?|aviation|"
    r"bombardiers?|"
    + _ARMOUR_FR
    + r"artillerie|obus|roquettes?)" + _NOT_THE_MAKE_FR + r"(?:\s+[\w-]+){0,2}?\s*$"
)

#: Government troops among the victims or targets: the state's forces are an actor.
SOLDIERS = _rx(
    # the army named without its nationality: the incident country's ("l'armée et ses alliés
    # russes reprennent Kidal", "the army said it had repelled the attack")
    # (not as the source: "the army said", "selon l'armée")
    r"\bt(?<!according to t)he army\b(?!-)(?! (?:said|says|spokes\w+|statement|denied|denies|"
    r"confirmed|accused|accuses|blamed|blames|claimed|claims|announced|warned)\b)"
    # (nor a co-source: "the army and the Borno state governor said")
    r"(?! and (?:[\w'’-]+ ){1,5}(?:said|say|told|reported|confirmed)\b)|"
    # (nor another's army, « l'armée russe », nor a group named as one: « l'Armée de libération
    # oromo »)
    r"\bl(?<!selon l)['’]armée\b(?! (?:de l['’]air|[a-zé]+aise?s?|[a-zé]+ienne?s?|[a-zé]+sses?|"
    r"[a-zé]+rques?|[a-zé]+ines?|[a-zé]+anes?|[a-zé]+ites?|burkinabée?|de libération|du salut|"
    r"populaire|révolutionnaire)\b)"
    r"(?! (?:a |ont )?(?:annonc|indiqu|déclar|affirm|précis|assur|dément|démenti|confirm|dit|"
    r"accus|dénonc|condamn|promet|estim)\w*)|\bforces armées\b|\barmed forces\b|"
    r"\bsoldiers\b|\btroops\b|"
    # the state's security and intelligence branches hit: « deux sièges des services de
    # sécurité », "the military intelligence headquarters"
    r"\b(?:sièges?|locaux|bureaux|headquarters|offices?|branch(?:es)?) (?:des |de la |du |"
    r"of the |of )?(?:services de (?:sécurité|renseignement)|sécurité (?:militaire|d['’]état)|"
    r"renseignement militaire|security services?|intelligence (?:services?|agency)|military "
    r"intelligence|state security)\b|"
    r"\bservice ?members\b|"
    r"\bservicemen\b|\bgendarmes?\b|"
    # the national guard, an arm of the army: « une patrouille de la Garde nationale », « un
    # garde national tué »
    r"\bgardes? nationa(?:l|ux)\b|\bgarde nationale\b(?! (?:[a-zé]+aise?|[a-zé]+ienne|"
    r"[a-zé]+ine|[a-zé]+ane|russe|tunisienne)\b)|\bnational guard(?:sm[ae]n)?\b|"
    # one man, and officers: "a soldier was killed", "senior army officers were among the dead"
    r"\bsoldier\b|\bsoldat\b|\b(?:army|military) officers?\b|\bofficiers? de l['’]armée\b|"
    r"\b(?:un|le|du|au) militaire\b|"
    r"gendarmerie|\bsoldats\b|\bmilitaires\b|\bmilitary (?:base|camp|airport|post|convoy)|"
    r"aéroport militaire|camp militaire|\bcaserne|\bbarracks\b|army (?:base|post|camp)|"
    r"\bbases? militaires?\b|\b(?:military )?training (?:centre|center|ground|base)\b|"
    r"\bcentre d['’](?:entraînement|instruction) militaire\b|"
    r"\bmilitary hospital\b|\bhôpital militaire\b|"
    r"\bmilitary (?:headquarters|command)|\bregional command\b|\bQG militaire|"
    r"\bquartier général (?:militaire|de l['’]armée)|\bcommandement (?:militaire|régional)"
    # (not another nation's command: « le commandement militaire américain »)
    + _OTHER_NATIONS + r"|"
    r"\b(?:military (?:[\w-]+ )?(?:institute|academy|college|school)|cadets|recruits|recrues|"
    r"(?:école|académie|institut) militaire)\b|"
    # auxiliaries and pro-government militias are armed men too
    r"\b(?:defen[cs]e volunteers|volontaires (?:de la défense|pour la défense)|VDP|"
    r"supplétifs|auxiliaries|rangers)\b"
)
#: "a indiqué vendredi le bureau de l'ONU": the source named after the verb.
SOURCE_INVERTED = _rx(
    r"\b(?:a|ont) (?:indiqué|annoncé|déclaré|précisé|affirmé|rapporté)\s+(?:[\w'’-]+\s+){0,8}"
    r"(?:l['’])?$"
)


#: Armed men who attack, named by what they carry: they tell an attack, though not whom it hit
#: nor whether they took people away ("Gunmen abduct 27 students").
GUNMEN = _rx(r"\bgunmen\b|hommes armés|\bassaillants\b")


def _combined() -> tuple[re.Pattern[str], dict[str, str]]:
    parts: dict[str, re.Pattern[str]] = {
        **{key: pattern for key, (pattern, _) in EVENT_CUES.items()},
        "_gunmen": GUNMEN,
        "_attack": ATTACK,
        "_mil": MIL_TARGET,
        "_civ": CIV_TARGET,
    }
    # the more specific cues first: a match is consumed by the first alternative that fits
    first = ("Suicide bomb", "Remote explosive/landmine/IED", "Chemical weapon",
             "Excessive force against protesters")
    keys = [*first, *(k for k in parts if k not in first)]
    names = {f"g{i}": key for i, key in enumerate(keys)}
    pattern = "|".join(
        f"(?P<g{i}>{by_first_letter(parts[key].pattern.lower(), word_start=True)})"
        for i, key in enumerate(keys)
    )
    return lowered(pattern), names


#: All event cues and target words in one pattern, so a sentence is read once (lower-cased
#: text).
EVENT_SCAN, EVENT_SCAN_KEYS = _combined()
#: VIOLENCE and NON_INCIDENT for lower-cased text.
VIOLENCE_LOW = lowered(VIOLENCE.pattern)
NON_INCIDENT_LOW = lowered(NON_INCIDENT.pattern)
RELEASE_LOW = lowered(RELEASE.pattern)
CAPTIVE_LOW = lowered(CAPTIVE.pattern)
MIL_TARGET_LOW = lowered(MIL_TARGET.pattern)
OTHER_NEWS_LOW = lowered(OTHER_NEWS.pattern)
REMEMBRANCE_LOW = lowered(REMEMBRANCE.pattern)
BACKGROUND_LOW = lowered(BACKGROUND.pattern)
NON_INCIDENT_VENUE_LOW = lowered(NON_INCIDENT_VENUE.pattern)
TOLL_OVER_TIME_LOW = lowered(TOLL_OVER_TIME)
ACCIDENT_LOW = lowered(ACCIDENT.pattern)
WEAPON_WORDS_LOW = lowered(WEAPON_WORDS.pattern)
#: Cues searched on lower-cased text (``lower_same_length``), for speed.
CIV_TARGET_LOW = lowered(CIV_TARGET.pattern)
CIV_VICTIMS_LOW = lowered(CIV_VICTIMS.pattern)
DENIAL_LOW = lowered(DENIAL.pattern)
HARMED_NOT_FIGHTERS_LOW = lowered(HARMED_NOT_FIGHTERS.pattern)
NEAR_BEFORE_LOW = lowered(NEAR_BEFORE.pattern)
POLICE_TARGET_LOW = lowered(POLICE_TARGET.pattern)
REPORTING_LOW = lowered(REPORTING.pattern)
SOLDIERS_LOW = lowered(SOLDIERS.pattern)
UNCONFIRMED_LOW = lowered(UNCONFIRMED.pattern)
