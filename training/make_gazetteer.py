"""Generate ``graph/lang/id/gazetteer.jsonl``: states, capitals / seats of government and
international organisations for the entity ruler that runs before ``ner``.

One JSON object per line, sorted, deterministic for a given ``babel`` version::

    {"qid": "Q159", "name": "Rusia", "label": "GPE", "aliases": [...], "stands_for": null}

* states (label ``GPE``): every sovereign state in ``STATES`` below; ``name`` is the CLDR
  territory name in Indonesian (``babel``), aliases add the CLDR English name and the spellings
  the Indonesian press uses (``PRESS``);
* capitals and seats of government (label ``LOC``) with ``stands_for`` = the state's QID, so
  the extractors can map "Moskow", "Kremlin" or "Gedung Putih" to the state they stand for.
  A seat whose own Wikidata item could not be verified has ``qid: null``; the ruler then uses
  ``stands_for`` as its entity id;
* international organisations (label ``ORG``).

Every QID below was checked against published ISO-3166-to-Wikidata and IGO tables; entries
whose QID could not be confirmed were left out (or, for seats, given ``qid: null``).

Usage: ``python training/make_gazetteer.py [--out graph/lang/id/gazetteer.jsonl]``
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from babel import Locale

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "graph" / "lang" / "id" / "gazetteer.jsonl"

# ISO 3166-1 alpha-2 -> Wikidata QID of the sovereign state (UN members, observers, Taiwan,
# Kosovo). NL and DK use the country items (Q55, Q35) that news linking uses.
STATES: dict[str, str] = {
    "AD": "Q228", "AE": "Q878", "AF": "Q889", "AG": "Q781", "AL": "Q222", "AM": "Q399",
    "AO": "Q916", "AR": "Q414", "AT": "Q40", "AU": "Q408", "AZ": "Q227", "BA": "Q225",
    "BB": "Q244", "BD": "Q902", "BE": "Q31", "BF": "Q965", "BG": "Q219", "BH": "Q398",
    "BI": "Q967", "BJ": "Q962", "BN": "Q921", "BO": "Q750", "BR": "Q155", "BS": "Q778",
    "BT": "Q917", "BW": "Q963", "BY": "Q184", "BZ": "Q242", "CA": "Q16", "CD": "Q974",
    "CF": "Q929", "CG": "Q971", "CH": "Q39", "CI": "Q1008", "CL": "Q298", "CM": "Q1009",
    "CN": "Q148", "CO": "Q739", "CR": "Q800", "CU": "Q241", "CV": "Q1011", "CY": "Q229",
    "CZ": "Q213", "DE": "Q183", "DJ": "Q977", "DK": "Q35", "DM": "Q784", "DO": "Q786",
    "DZ": "Q262", "EC": "Q736", "EE": "Q191", "EG": "Q79", "ER": "Q986", "ES": "Q29",
    "ET": "Q115", "FI": "Q33", "FJ": "Q712", "FM": "Q702", "FR": "Q142", "GA": "Q1000",
    "GB": "Q145", "GD": "Q769", "GE": "Q230", "GH": "Q117", "GM": "Q1005", "GN": "Q1006",
    "GQ": "Q983", "GR": "Q41", "GT": "Q774", "GW": "Q1007", "GY": "Q734", "HN": "Q783",
    "HR": "Q224", "HT": "Q790", "HU": "Q28", "ID": "Q252", "IE": "Q27", "IL": "Q801",
    "IN": "Q668", "IQ": "Q796", "IR": "Q794", "IS": "Q189", "IT": "Q38", "JM": "Q766",
    "JO": "Q810", "JP": "Q17", "KE": "Q114", "KG": "Q813", "KH": "Q424", "KI": "Q710",
    "KM": "Q970", "KN": "Q763", "KP": "Q423", "KR": "Q884", "KW": "Q817", "KZ": "Q232",
    "LA": "Q819", "LB": "Q822", "LC": "Q760", "LI": "Q347", "LK": "Q854", "LR": "Q1014",
    "LS": "Q1013", "LT": "Q37", "LU": "Q32", "LV": "Q211", "LY": "Q1016", "MA": "Q1028",
    "MC": "Q235", "MD": "Q217", "ME": "Q236", "MG": "Q1019", "MH": "Q709", "MK": "Q221",
    "ML": "Q912", "MM": "Q836", "MN": "Q711", "MR": "Q1025", "MT": "Q233", "MU": "Q1027",
    "MV": "Q826", "MW": "Q1020", "MX": "Q96", "MY": "Q833", "MZ": "Q1029", "NA": "Q1030",
    "NE": "Q1032", "NG": "Q1033", "NI": "Q811", "NL": "Q55", "NO": "Q20", "NP": "Q837",
    "NR": "Q697", "NZ": "Q664", "OM": "Q842", "PA": "Q804", "PE": "Q419", "PG": "Q691",
    "PH": "Q928", "PK": "Q843", "PL": "Q36", "PS": "Q219060", "PT": "Q45", "PW": "Q695",
    "PY": "Q733", "QA": "Q846", "RO": "Q218", "RS": "Q403", "RU": "Q159", "RW": "Q1037",
    "SA": "Q851", "SB": "Q685", "SC": "Q1042", "SD": "Q1049", "SE": "Q34", "SG": "Q334",
    "SI": "Q215", "SK": "Q214", "SL": "Q1044", "SM": "Q238", "SN": "Q1041", "SO": "Q1045",
    "SR": "Q730", "SS": "Q958", "ST": "Q1039", "SV": "Q792", "SY": "Q858", "SZ": "Q1050",
    "TD": "Q657", "TG": "Q945", "TH": "Q869", "TJ": "Q863", "TL": "Q574", "TM": "Q874",
    "TN": "Q948", "TO": "Q678", "TR": "Q43", "TT": "Q754", "TV": "Q672", "TW": "Q865",
    "TZ": "Q924", "UA": "Q212", "UG": "Q1036", "US": "Q30", "UY": "Q77", "UZ": "Q265",
    "VA": "Q237", "VC": "Q757", "VE": "Q717", "VN": "Q881", "VU": "Q686", "WS": "Q683",
    "XK": "Q1246", "YE": "Q805", "ZA": "Q258", "ZM": "Q953", "ZW": "Q954",
}  # fmt: skip

# Indonesian name to use instead of the CLDR one (CLDR's is kept as an alias if clean).
NAME_OVERRIDE = {
    "CD": "Republik Demokratik Kongo",
    "CG": "Republik Kongo",
    "CI": "Pantai Gading",
    "MM": "Myanmar",
    "PS": "Palestina",
    "SZ": "Eswatini",
    "GB": "Inggris",
}

# Spellings used by the Indonesian press (and common English forms).
PRESS: dict[str, list[str]] = {
    "US": ["AS", "Amerika", "Amerika Serikat", "USA", "United States of America"],
    "GB": ["Britania Raya", "Kerajaan Inggris", "Inggris Raya", "Kerajaan Bersatu", "UK",
           "Britain", "Great Britain"],
    "CN": ["China", "Cina", "RRT", "RRC", "Republik Rakyat Tiongkok", "Republik Rakyat China",
           "Tiongkok"],
    "RU": ["Federasi Rusia", "Russia", "Russian Federation"],
    "HU": ["Hongaria", "Hungary"],
    "KP": ["Korut", "DPRK", "Republik Rakyat Demokratik Korea"],
    "KR": ["Korsel", "Republik Korea"],
    "DE": ["Republik Federal Jerman"],
    "FR": ["Perancis"],
    "CZ": ["Republik Ceko", "Czech Republic", "Cheska"],
    "UA": ["Ukraine"],
    "PS": ["Palestine", "Negara Palestina", "State of Palestine"],
    "SA": ["Saudi Arabia", "Saudi"],
    "AE": ["UEA", "Emirat Arab", "UAE"],
    "TR": ["Turkiye", "Türkiye", "Turkey"],
    "TL": ["Timor-Leste", "Timor Timur", "East Timor"],
    "PG": ["PNG"],
    "NZ": ["New Zealand"],
    "PH": ["Philippines"],
    "MM": ["Burma", "Myanmar (Burma)"],
    "CD": ["RD Kongo", "DR Congo", "Democratic Republic of the Congo", "Kongo-Kinshasa",
           "Kongo"],  # the press writes Kongo for the DRC; the other is Republik Kongo
    "CG": ["Kongo-Brazzaville", "Republic of the Congo"],
    "CI": ["C\u00f4te d\u2019Ivoire", "Cote d'Ivoire", "Ivory Coast"],
    "VA": ["Vatican", "Kota Vatikan"],
    "VN": ["Viet Nam"],
    "BY": ["Belarusia", "Byelorusia"],
    "MK": ["Makedonia"],
    "SY": ["Syria"],
    "IQ": ["Iraq"],
    "IN": ["Republik India"],
    "CV": ["Cape Verde", "Cabo Verde"],
    "SZ": ["Swaziland", "eSwatini"],
    "BA": ["Bosnia-Herzegovina", "Bosnia"],
    "TW": ["Republik Tiongkok"],
    "NL": ["Holland", "Negeri Belanda"],
    "CH": ["Switzerland", "Swiss"],
    "JP": ["Japan"],
    "EG": ["Egypt"],
    "ZA": ["South Africa"],
    "ID": ["RI", "Republik Indonesia", "NKRI"],
    "AU": ["Negeri Kanguru"],
    "MY": ["Negeri Jiran"],
    "SG": ["Negeri Singa"],
    "TH": ["Negeri Gajah Putih"],
    "BR": ["Negeri Samba", "Brazil"],
    "CL": ["Chili"],
    "SK": ["Slowakia"],
}
# Nicknames of states in the Indonesian press, added to the PRESS spellings above.
NICKNAMES: dict[str, list[str]] = {
    "US": ["Negeri Paman Sam"],
    "CN": ["Negeri Tirai Bambu"],
    "JP": ["Negeri Sakura", "Negeri Matahari Terbit"],
    "KR": ["Negeri Ginseng"],
    "RU": ["Negeri Beruang Merah"],
    "NL": ["Negeri Kincir Angin"],
    "EG": ["Negeri Piramida"],
    "IR": ["Republik Islam", "Negeri Para Mullah"],
    "IL": ["rezim Zionis", "Zionis"],  # the Iranian and Arab press name for Israel
}

# Aliases never used: common words or person names that would block ``ner``.
AMBIGUOUS = {"Jordan", "Chad", "Cuba", "Turkey", "US", "UN", "Georgia (negara)", "Guinea"}

# Capitals (label LOC, stands_for the state). Names as the Indonesian press writes them.
CAPITALS: list[tuple[str, str, list[str], str]] = [
    ("Q649", "Moskow", ["Moscow", "Moskwa"], "RU"),
    ("Q61", "Washington", ["Washington DC", "Washington D.C.", "Washington, D.C."], "US"),
    ("Q1899", "Kyiv", ["Kiev", "Kiyv"], "UA"),
    ("Q84", "London", [], "GB"),
    ("Q956", "Beijing", ["Peking"], "CN"),
    ("Q1781", "Budapest", [], "HU"),
    ("Q64", "Berlin", [], "DE"),
    ("Q90", "Paris", [], "FR"),
    ("Q3114", "Canberra", [], "AU"),
    ("Q1490", "Tokyo", ["Tokio"], "JP"),
    ("Q8684", "Seoul", [], "KR"),
    ("Q18808", "Pyongyang", [], "KP"),
    ("Q3630", "Jakarta", [], "ID"),
    ("Q1861", "Bangkok", [], "TH"),
    ("Q1865", "Kuala Lumpur", [], "MY"),
    ("Q1461", "Manila", [], "PH"),
    ("Q1858", "Hanoi", [], "VN"),
    ("Q987", "New Delhi", [], "IN"),
    ("Q1362", "Islamabad", [], "PK"),
    ("Q5838", "Kabul", [], "AF"),
    ("Q3616", "Teheran", ["Tehran"], "IR"),
    ("Q1530", "Baghdad", ["Bagdad"], "IQ"),
    ("Q3766", "Damaskus", ["Damascus"], "SY"),
    ("Q3692", "Riyadh", [], "SA"),
    ("Q3640", "Ankara", [], "TR"),
    ("Q85", "Kairo", ["Cairo"], "EG"),
    ("Q1218", "Yerusalem", ["Jerusalem"], "IL"),
    ("Q239", "Brussel", ["Brussels", "Bruxelles"], "BE"),
    ("Q220", "Roma", ["Rome"], "IT"),
    ("Q2807", "Madrid", [], "ES"),
    ("Q597", "Lisbon", ["Lisboa"], "PT"),
    ("Q1741", "Wina", ["Vienna", "Wien"], "AT"),
    ("Q270", "Warsawa", ["Warsaw"], "PL"),
    ("Q1085", "Praha", ["Prague"], "CZ"),
    ("Q1524", "Athena", ["Athens"], "GR"),
    ("Q1754", "Stockholm", [], "SE"),
    ("Q585", "Oslo", [], "NO"),
    ("Q1757", "Helsinki", [], "FI"),
    ("Q1748", "Kopenhagen", ["Copenhagen"], "DK"),
    ("Q727", "Amsterdam", [], "NL"),
    ("Q70", "Bern", [], "CH"),
    ("Q1761", "Dublin", [], "IE"),
    ("Q2280", "Minsk", [], "BY"),
    ("Q1930", "Ottawa", [], "CA"),
    ("Q1489", "Mexico City", ["Kota Meksiko"], "MX"),
    ("Q2844", "Brasilia", ["Brasília"], "BR"),
    ("Q1486", "Buenos Aires", [], "AR"),
    ("Q1563", "Havana", [], "CU"),
    ("Q1533", "Caracas", [], "VE"),
    ("Q2841", "Bogota", ["Bogotá"], "CO"),
    ("Q3870", "Nairobi", [], "KE"),
    ("Q3787", "Abuja", [], "NG"),
    ("Q3624", "Addis Ababa", [], "ET"),
    ("Q3861", "Doha", [], "QA"),
    ("Q1519", "Abu Dhabi", [], "AE"),
    ("Q3820", "Beirut", [], "LB"),
    ("Q3805", "Amman", [], "JO"),
    ("Q1867", "Taipei", [], "TW"),
    ("Q1354", "Dhaka", [], "BD"),
    ("Q3037", "Kathmandu", [], "NP"),
    ("Q37400", "Naypyidaw", ["Nay Pyi Taw", "Naypyitaw"], "MM"),
    ("Q1850", "Phnom Penh", [], "KH"),
    ("Q9326", "Vientiane", [], "LA"),
    ("Q9310", "Dili", [], "TL"),
    ("Q9279", "Bandar Seri Begawan", [], "BN"),
    ("Q23430", "Ulaanbaatar", ["Ulan Bator"], "MN"),
    ("Q269", "Tashkent", [], "UZ"),
    ("Q1520", "Astana", ["Nur-Sultan"], "KZ"),
    ("Q9248", "Baku", [], "AZ"),
    ("Q994", "Tbilisi", [], "GE"),
    ("Q1953", "Yerevan", [], "AM"),
    ("Q21197", "Chisinau", ["Chișinău"], "MD"),
    ("Q19660", "Bukares", ["Bucharest"], "RO"),
    ("Q3711", "Beograd", ["Belgrade"], "RS"),
    ("Q1435", "Zagreb", [], "HR"),
    ("Q437", "Ljubljana", [], "SI"),
    ("Q1780", "Bratislava", [], "SK"),
    ("Q216", "Vilnius", [], "LT"),
    ("Q1773", "Riga", [], "LV"),
    ("Q1770", "Tallinn", [], "EE"),
    ("Q3826", "Muskat", ["Muscat"], "OM"),
    ("Q3882", "Manama", [], "BH"),
    ("Q3561", "Aljir", ["Algiers"], "DZ"),
    ("Q3551", "Rabat", [], "MA"),
    ("Q1963", "Khartoum", [], "SD"),
    ("Q1947", "Juba", [], "SS"),
    ("Q3838", "Kinshasa", [], "CD"),
    ("Q3718", "Dakar", [], "SN"),
    ("Q3761", "Accra", [], "GH"),
    ("Q23661", "Wellington", [], "NZ"),
    ("Q36526", "Port Moresby", [], "PG"),
    ("Q1764", "Reykjavik", ["Reykjavík"], "IS"),
    ("Q3856", "Nikosia", ["Nicosia"], "CY"),
    ("Q11194", "Sarajevo", [], "BA"),
    ("Q384", "Skopje", [], "MK"),
    ("Q19689", "Tirana", [], "AL"),
    ("Q3894", "Kampala", [], "UG"),
    ("Q3859", "Kigali", [], "RW"),
    ("Q2449", "Mogadishu", [], "SO"),
    ("Q3921", "Harare", [], "ZW"),
]

# Capitals whose own Wikidata item was not verified offline (qid None; the ruler uses the
# state's QID). Names that are also common Indonesian words ("Lima") or other places' names
# ("Santiago", "Victoria", "San Jose") or first names ("Sofia") are left out.
CAPITALS_UNVERIFIED: list[tuple[None, str, list[str], str]] = [
    (None, "Pretoria", [], "ZA"), (None, "Luanda", [], "AO"), (None, "Porto-Novo", [], "BJ"),
    (None, "Thimphu", [], "BT"), (None, "La Paz", [], "BO"), (None, "Gaborone", [], "BW"),
    (None, "Ouagadougou", [], "BF"), (None, "Gitega", [], "BI"),
    (None, "N'Djamena", ["N\u2019Djamena", "Ndjamena"], "TD"), (None, "Asmara", [], "ER"),
    (None, "Libreville", [], "GA"), (None, "Banjul", [], "GM"), (None, "Conakry", [], "GN"),
    (None, "Malabo", [], "GQ"), (None, "Bissau", [], "GW"), (None, "Port-au-Prince", [], "HT"),
    (None, "Tegucigalpa", [], "HN"), (None, "Yaounde", ["Yaound\u00e9"], "CM"),
    (None, "Bishkek", [], "KG"), (None, "Pristina", ["Pri\u0161tina"], "XK"),
    (None, "Maseru", [], "LS"), (None, "Monrovia", [], "LR"), (None, "Tripoli", [], "LY"),
    (None, "Antananarivo", [], "MG"), (None, "Lilongwe", [], "MW"), (None, "Bamako", [], "ML"),
    (None, "Valletta", [], "MT"), (None, "Nouakchott", [], "MR"), (None, "Podgorica", [], "ME"),
    (None, "Maputo", [], "MZ"), (None, "Windhoek", [], "NA"), (None, "Niamey", [], "NE"),
    (None, "Managua", [], "NI"), (None, "Ramallah", [], "PS"),
    (None, "Yamoussoukro", [], "CI"), (None, "Asuncion", ["Asunci\u00f3n"], "PY"),
    (None, "Bangui", [], "CF"), (None, "Santo Domingo", [], "DO"),
    (None, "Brazzaville", [], "CG"), (None, "Freetown", [], "SL"),
    (None, "Kolombo", ["Colombo"], "LK"), (None, "Paramaribo", [], "SR"),
    (None, "Georgetown", [], "GY"),
    (None, "Dushanbe", [], "TJ"), (None, "Dodoma", [], "TZ"), (None, "Lome", ["Lom\u00e9"], "TG"),
    (None, "Tunis", [], "TN"), (None, "Ashgabat", [], "TM"), (None, "Montevideo", [], "UY"),
    (None, "Sanaa", ["Sana'a", "Sana\u2019a"], "YE"), (None, "Lusaka", [], "ZM"),
    (None, "Suva", [], "FJ"), (None, "Nassau", [], "BS"), (None, "Bridgetown", [], "BB"),
    (None, "Belmopan", [], "BZ"), (None, "Kingston", [], "JM"),
]

# Seats of government used as metonyms (label LOC, stands_for the state). qid None when the
# building's own Wikidata item could not be verified.
SEATS: list[tuple[str | None, str, list[str], str]] = [
    ("Q133274", "Kremlin", ["Kremlin Moskow"], "RU"),
    ("Q35525", "Gedung Putih", ["White House"], "US"),
    (None, "Downing Street", ["Downing Street 10", "10 Downing Street"], "GB"),
    (None, "Capitol Hill", [], "US"),
    (None, "Pentagon", [], "US"),
    (None, "Zhongnanhai", [], "CN"),
    (None, "Istana Elysee", ["Istana Élysée", "Elysee", "Élysée"], "FR"),
    (None, "Gedung Biru", ["Cheong Wa Dae", "Blue House"], "KR"),
    (None, "Istana", ["Istana Merdeka", "Istana Negara", "Istana Kepresidenan"], "ID"),
    (None, "Tel Aviv", [], "IL"),  # the press's metonym for Israel ("militer Tel Aviv")
    (None, "Port Sudan", [], "SD"),  # seat of Sudan's army-backed government since 2023
]

# International organisations (label ORG).
IGOS: list[tuple[str, str, list[str]]] = [
    ("Q7184", "NATO", ["Pakta Pertahanan Atlantik Utara", "Organisasi Pakta Atlantik Utara",
                       "North Atlantic Treaty Organization", "OTAN"]),
    ("Q1065", "Perserikatan Bangsa-Bangsa", ["PBB", "United Nations",
                                             "Perserikatan Bangsa Bangsa"]),
    ("Q37470", "Dewan Keamanan PBB", ["DK PBB", "Dewan Keamanan Perserikatan Bangsa-Bangsa",
                                      "UN Security Council", "Dewan Keamanan"]),
    ("Q47423", "Majelis Umum PBB", ["Sidang Umum PBB", "UN General Assembly"]),
    ("Q205650", "Dewan HAM PBB", ["Dewan Hak Asasi Manusia PBB", "UN Human Rights Council"]),
    ("Q458", "Uni Eropa", ["UE", "European Union", "EU"]),
    ("Q8880", "Komisi Eropa", ["European Commission"]),
    ("Q8889", "Parlemen Eropa", ["European Parliament"]),
    ("Q8886", "European Council", []),
    ("Q8896", "Dewan Uni Eropa", ["Council of the European Union"]),
    ("Q8901", "Bank Sentral Eropa", ["European Central Bank", "ECB"]),
    ("Q8908", "Council of Europe", []),
    ("Q7768", "ASEAN", ["Perhimpunan Bangsa-Bangsa Asia Tenggara",
                        "Association of Southeast Asian Nations"]),
    ("Q47543", "Organisasi Kerja Sama Islam", ["OKI", "Organisasi Konferensi Islam",
                                               "Organisasi Kerjasama Islam",
                                               "Organisation of Islamic Cooperation", "OIC"]),
    ("Q7817", "Organisasi Kesehatan Dunia", ["WHO", "World Health Organization"]),
    ("Q7804", "Dana Moneter Internasional", ["IMF", "International Monetary Fund"]),
    ("Q7164", "Bank Dunia", ["World Bank"]),
    ("Q7825", "Organisasi Perdagangan Dunia", ["WTO", "World Trade Organization"]),
    ("Q193272", "ECOWAS", ["Komunitas Ekonomi Negara-Negara Afrika Barat",
                           "Masyarakat Ekonomi Negara-Negara Afrika Barat",
                           "Economic Community of West African States"]),
    ("Q7159", "Uni Afrika", ["African Union"]),
    ("Q19771", "G20", ["G-20", "Kelompok 20"]),
    ("Q1764511", "G7", ["G-7", "Kelompok Tujuh"]),
    ("Q7801", "Mahkamah Internasional", ["ICJ", "International Court of Justice",
                                         "Mahkamah Keadilan Internasional"]),
    ("Q47488", "Mahkamah Pidana Internasional", ["ICC", "International Criminal Court"]),
    ("Q7809", "UNESCO", []),
    ("Q740308", "UNICEF", ["Dana Anak-Anak PBB"]),
    ("Q28606331", "UNHCR", ["Badan Pengungsi PBB", "Komisariat Tinggi PBB untuk Pengungsi"]),
    ("Q82151", "Organisasi Pangan dan Pertanian", ["FAO", "Food and Agriculture Organization"]),
    ("Q54129", "Organisasi Buruh Internasional", ["ILO", "International Labour Organization"]),
    ("Q204344", "Program Pangan Dunia", ["WFP", "World Food Programme"]),
    ("Q161718", "UNDP", ["United Nations Development Programme", "Program Pembangunan PBB"]),
    ("Q182016", "UNEP", ["United Nations Environment Programme", "Program Lingkungan PBB"]),
    ("Q7795", "OPEC", ["Organisasi Negara-Negara Pengekspor Minyak"]),
    ("Q7172", "Liga Arab", ["Arab League"]),
    ("Q81299", "Organisasi Keamanan dan Kerja Sama Eropa", ["OSCE", "OSCE"]),
    ("Q217172", "Dewan Kerja Sama Teluk", ["GCC", "Gulf Cooperation Council"]),
    ("Q485207", "Organisasi Kerja Sama Shanghai", ["SCO", "Shanghai Cooperation Organisation"]),
    ("Q41984", "Badan Energi Atom Internasional", ["IAEA",
                                                   "International Atomic Energy Agency"]),
    ("Q8475", "Interpol", []),
    ("Q41550", "OECD", ["Organisasi untuk Kerja Sama dan Pembangunan Ekonomi"]),
    ("Q5987345", "Komite Internasional Palang Merah", ["ICRC",
                                                       "International Committee of the Red Cross"]),
    ("Q188822", "Bank Pembangunan Asia", ["ADB", "Asian Development Bank"]),
    ("Q18109843", "AIIB", ["Bank Investasi Infrastruktur Asia",
                           "Asian Infrastructure Investment Bank"]),
    ("Q472311", "Organisasi Internasional untuk Migrasi", ["IOM"]),
    ("Q842490", "Organisasi Pelarangan Senjata Kimia", ["OPCW"]),
    ("Q123759", "Organisasi Negara-Negara Amerika", ["OAS", "Organization of American States"]),
    ("Q7779", "Persemakmuran Negara-Negara Merdeka", ["Commonwealth of Independent States"]),
    ("Q4173083", "Uni Ekonomi Eurasia", ["Eurasian Economic Union"]),
    ("Q318693", "Organisasi Perjanjian Keamanan Kolektif", ["CSTO"]),
    ("Q757276", "Forum Kepulauan Pasifik", ["Pacific Islands Forum"]),
    ("Q4264", "Mercosur", ["Pasar Bersama Selatan"]),
    ("Q145700", "SAARC", ["South Asian Association for Regional Cooperation",
                          "Asosiasi Kerja Sama Regional Asia Selatan"]),
    ("Q816706", "SADC", ["Southern African Development Community",
                         "Komunitas Pembangunan Afrika Selatan"]),
    ("Q205995", "CARICOM", ["Caribbean Community", "Komunitas Karibia"]),
]


def _clean(name: str) -> str | None:
    """Drop CLDR display forms that are not how a text would name the state."""
    if not name or "(" in name or " - " in name or "&" in name:
        return None
    return name


def _qnum(qid: str | None) -> int:
    return int(qid[1:]) if qid else 0


def build() -> list[dict]:
    loc_id = Locale("id")
    loc_en = Locale("en")
    rows: list[dict] = []
    for code, qid in STATES.items():
        cldr_id = loc_id.territories.get(code, "")
        cldr_en = loc_en.territories.get(code, "")
        name = NAME_OVERRIDE.get(code) or _clean(cldr_id)
        if not name:
            raise SystemExit(f"no usable Indonesian name for {code}")
        aliases = [_clean(cldr_id), _clean(cldr_en), *PRESS.get(code, []), *NICKNAMES.get(code, [])]
        rows.append(_row(qid, name, "GPE", aliases, None))
    for qid, name, aliases, code in CAPITALS:
        rows.append(_row(qid, name, "LOC", aliases, STATES[code]))
    for qid, name, aliases, code in CAPITALS_UNVERIFIED + SEATS:
        rows.append(_row(qid, name, "LOC", aliases, STATES[code]))
    for qid, name, aliases in IGOS:
        rows.append(_row(qid, name, "ORG", aliases, None))
    rows.sort(key=lambda r: (r["label"], _qnum(r["qid"]), r["name"]))
    _check(rows)
    return rows


def _row(qid, name, label, aliases, stands_for) -> dict:
    seen = {name}
    out = []
    for a in aliases:
        if not a or a in seen or a in AMBIGUOUS:
            continue
        seen.add(a)
        out.append(a)
    return {
        "qid": qid,
        "name": name,
        "label": label,
        "aliases": sorted(out),
        "stands_for": stands_for,
    }


def _check(rows: list[dict]) -> None:
    owner: dict[str, str] = {}
    for r in rows:
        assert r["qid"] is None or re.fullmatch(r"Q[1-9][0-9]*", r["qid"]), r
        for form in [r["name"], *r["aliases"]]:
            key = form
            if key in owner and owner[key] != (r["qid"] or r["name"]):
                raise SystemExit(f"surface form {form!r} used by two entries")
            owner[key] = r["qid"] or r["name"]
    qids = [r["qid"] for r in rows if r["qid"]]
    dups = {q for q in qids if qids.count(q) > 1}
    if dups:
        raise SystemExit(f"duplicate QIDs: {sorted(dups)}")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)
    rows = build()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    counts: dict[str, int] = {}
    for r in rows:
        counts[r["label"]] = counts.get(r["label"], 0) + 1
    print(f"wrote {len(rows)} entries to {args.out}: {counts}")


if __name__ == "__main__":
    main()
