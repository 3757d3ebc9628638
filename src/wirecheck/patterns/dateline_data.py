"""Word lists the dateline grammar (``wirecheck.dateline``) and the WC2xx rules match against.

Every list says what copy it is for. Keys are compared with ``norm_key``: lower-cased, with
spaces and periods dropped, so ``S.C.``, ``S. C.`` and ``SC`` are one key and ``Sept.`` and
``SEPT`` are one month.
"""

from __future__ import annotations

from wirecheck.regexes import regex


def norm_key(text: str) -> str:
    """The lookup key of a word or phrase: lower case, no periods, no spaces."""
    # `İSTANBUL` lower-cases to `i` and a combining dot: Turkish copy's capital I with a dot.
    return (
        text.lower().replace(".", "").replace(" ", "").replace("\u00a0", "").replace("\u0307", "")
    )


def _keys(*groups: str) -> frozenset[str]:
    # ``norm_key`` leaves `|` alone, so a group's keys are its key split: one call a group
    # instead of one a word (some 1,900 at every start).
    return frozenset(key for group in groups for key in norm_key(group).split("|"))


# The release wires a dateline may name (`/PRNewswire/`, `(BUSINESS WIRE)`, `/CNW/`,
# `ACCESSWIRE`, `Newsfile`, `EIN Presswire`, `PRWeb`): a press release, not a news story.
RELEASE_WIRE_RE = regex(r"(?i:wire|\bCNW\b|newsfile|prweb)")


# Month names and abbreviations of the services whose copy we read, to month number.
# English (AP `Sept.`, Reuters `Feb`, spelled `November`), French (AFP `10 juil`),
# Spanish (EFE `5 ene`), Italian (ANSA `1 LUG`), German (dpa `5. Januar`, Austrian `Jänner`),
# Portuguese (Lusa `05 out`), and Indonesian and Malay page dates (`Kamis, 24 Februari
# 2011`, `Isnin, 4 Mac 2019`). Accented and unaccented spellings both, since 7-bit feeds
# drop the accents.
_MONTH_NAMES: tuple[str, ...] = (
    "jan|january|janv|janvier|ene|enero|gen|gennaio|januar|jänner|jän|jaenner|janeiro|januari",
    "feb|february|febr|fév|fev|févr|fevr|février|fevrier|febrero|febbraio|februar|fevereiro"
    "|februari",
    "mar|march|mars|marzo|märz|marz|maerz|mär|mrz|março|marco|maret|mac",
    "apr|april|avr|avril|abr|abril|aprile",
    "may|mai|mayo|mag|maggio|maio|mei",
    "jun|june|juin|junio|giu|giugno|juni|junho",
    "jul|july|juil|juillet|julio|lug|luglio|juli|julho|julai",
    "aug|august|août|aout|ago|agosto|agustus|ogos",
    "sep|sept|september|septembre|septiembre|set|setiembre|settembre|setembro",
    "oct|october|octobre|octubre|ott|ottobre|okt|oktober|out|outubro",
    "nov|november|novembre|noviembre|novembro",
    "dec|december|déc|décembre|decembre|dic|diciembre|dicembre|dez|dezember|dezembro"
    "|desember|disember",
)
MONTHS: dict[str, int] = {
    norm_key(name): number
    for number, names in enumerate(_MONTH_NAMES, start=1)
    for name in names.split("|")
}

# The Hijri calendar's months as Gulf agencies spell them in English (SPA's `Riyadh,
# Ramadan 22, 1438 —`), as a regex alternation: such a date is read, not converted.
HIJRI_MONTHS = (
    r"Muharram|Safar|Rabi[`'’]?\s?(?:al|ul)[- ](?:Awwal|Thani|Akhir)"
    r"|Jumad[ai][- ](?:al|ul)[- ](?:Ula|Awwal|Akhirah|Akhira|Thani)|Rajab|Sha[`'’]?ban"
    r"|Ramadan|Ramadhan|Shawwal|Dhu[- ]?(?:al|l)[- ](?:Qa[`'’]?dah|Qi[`'’]?dah|Hijjah)"
)

# English month spellings, for the AP/UPI month-style rule (WC201) and for dates written
# next to weekdays in English copy (WC204).
ENGLISH_MONTHS: dict[str, int] = {
    norm_key(name): number
    for number, names in enumerate(
        (
            "jan|january", "feb|february", "mar|march", "apr|april", "may", "jun|june",
            "jul|july", "aug|august", "sep|sept|september", "oct|october", "nov|november",
            "dec|december",
        ),
        start=1,
    )
    for name in names.split("|")
}

# AP (and UPI) dateline style for a month with a day: these abbreviations, the rest spelled.
AP_MONTH_STYLE: tuple[str, ...] = (
    "Jan.", "Feb.", "March", "April", "May", "June",
    "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
)

# Services that write AP dateline style (WC201).
AP_STYLE_AGENCIES = _keys("AP|Associated Press|UPI|United Press International")

# English weekday names, Monday first (the order of ``date.weekday()``). Wire copy reports
# events within a week by weekday: `met Friday`.
WEEKDAYS: tuple[str, ...] = (
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
)

# Weekdays in the other languages of MONTHS, as their wire copy names the day of the event
# (`ha anunciado este martes`, `a annoncé ce mardi`, `disse nesta terça-feira`), Monday =
# 0. Spanish, French, Italian and Portuguese write them in lower case, so only that form
# is read there (a capitalised one is most often a name: `Santo Domingo`); German
# capitalises them, and joins a part of the day on (`Dienstagabend`).
FOREIGN_WEEKDAYS: dict[str, int] = {
    "lunes": 0, "martes": 1, "miércoles": 2, "miercoles": 2, "jueves": 3, "viernes": 4,
    "sábado": 5, "sabado": 5, "domingo": 6,
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5,
    "dimanche": 6,
    "lunedì": 0, "lunedi": 0, "martedì": 1, "martedi": 1, "mercoledì": 2, "mercoledi": 2,
    "giovedì": 3, "giovedi": 3, "venerdì": 4, "venerdi": 4, "sabato": 5, "domenica": 6,
    "segunda-feira": 0, "terça-feira": 1, "terca-feira": 1, "quarta-feira": 2,
    "quinta-feira": 3, "sexta-feira": 4,
    "Montag": 0, "Dienstag": 1, "Mittwoch": 2, "Donnerstag": 3, "Freitag": 4,
    "Samstag": 5, "Sonnabend": 5, "Sonntag": 6,
}
# The words before a foreign weekday that make it this week's (`ha anunciado este martes`,
# `a annoncé ce mardi`, `disse nesta terça-feira`, `an diesem Dienstag`): only then is it
# read as the dateline's day. A bare one is as often a day or two before it (`a assuré,
# mercredi` in a story datelined on the Friday), which would put the year years back.
FOREIGN_THIS_WORDS = frozenset(
    {"este", "esta", "ce", "cette", "nesta", "neste", "questo", "questa", "diesem"}
)

# Words before a weekday that make it a name, not the day of the event
# (`Good Friday`, `Black Friday`, `Super Tuesday`).
WEEKDAY_NAME_PREFIXES = frozenset(
    {"good", "black", "super", "cyber", "ash", "easter", "palm", "bloody", "holy", "maundy",
     "shrove", "giving", "whit", "low", "fat", "small", "mega"}
)

# US states as AP datelines write them (`Mass.`, `S.C.`, the eight never abbreviated), by
# full name (`South Dakota`, post-2014 body style and many web sites) and by postal code
# (`AUSTIN, TX` in press releases), plus the District of Columbia. `Georgia` alone is
# also a country: see GEORGIA_COUNTRY_CITIES.
US_STATES = _keys(
    "Ala.|Ariz.|Ark.|Calif.|Cal.|Colo.|Conn.|Del.|Fla.|Ga.|Ill.|Ind.|Kan.|Kans.|Ky.|La.|Md."
    "|Mass.|Mich.|Minn.|Miss.|Mo.|Mont.|Neb.|Nebr.|Nev.|N.H.|N.J.|N.M.|N.Y.|N.C.|N.D.|Okla."
    "|Ore.|Oreg.|Pa.|Penn.|R.I.|S.C.|S.D.|Tenn.|Tex.|Vt.|Va.|Wash.|W.Va.|Wis.|Wisc.|Wyo.",
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida"
    "|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland"
    "|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada"
    "|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio"
    "|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee"
    "|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming",
    "AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH"
    "|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY",
    "D.C.|District of Columbia",
)

# Cities of the country Georgia, where `Georgia` after the city is the country.
GEORGIA_COUNTRY_CITIES = _keys("Tbilisi|Batumi|Kutaisi|Gori|Poti|Rustavi|Zugdidi|Sukhumi")

# The name written as country when a US state or stand-alone city makes it certain.
UNITED_STATES = "United States"

# Regions other than US states that follow a city in datelines: Canadian provinces
# (CP and AP `TORONTO, Ont.`), Australian states (AAP), UK nations are countries (below).
OTHER_REGIONS = _keys(
    "Alta.|Alberta|B.C.|British Columbia|Man.|Manitoba|N.B.|New Brunswick|Nfld.|N.L."
    "|Newfoundland|Newfoundland and Labrador|N.S.|Nova Scotia|Ont.|Ontario|P.E.I."
    "|Prince Edward Island|Que.|Quebec|Québec|Sask.|Saskatchewan|Yukon|N.W.T."
    "|Northwest Territories|Nunavut",
    "N.S.W.|New South Wales|Victoria|Vic.|Queensland|Qld.|Tasmania|Tas."
    "|South Australia|Western Australia|Northern Territory|A.C.T.",
)

# AP stand-alone US cities (no state in the dateline), with their home state: a dateline
# that adds that state anyway is flagged by WC202; another state means another city
# (`DALLAS, Ga.`).
US_STANDALONE_CITIES: dict[str, frozenset[str]] = {
    norm_key(city): _keys(states)
    for city, states in (
        ("Atlanta", "Ga.|Georgia|GA"), ("Baltimore", "Md.|Maryland|MD"),
        ("Boston", "Mass.|Massachusetts|MA"), ("Chicago", "Ill.|Illinois|IL"),
        ("Cincinnati", "Ohio|OH"), ("Cleveland", "Ohio|OH"), ("Dallas", "Texas|Tex.|TX"),
        ("Denver", "Colo.|Colorado|CO"), ("Detroit", "Mich.|Michigan|MI"),
        ("Honolulu", "Hawaii|HI"), ("Houston", "Texas|Tex.|TX"),
        ("Indianapolis", "Ind.|Indiana|IN"), ("Las Vegas", "Nev.|Nevada|NV"),
        ("Los Angeles", "Calif.|California|CA"), ("Miami", "Fla.|Florida|FL"),
        ("Milwaukee", "Wis.|Wisconsin|WI"), ("Minneapolis", "Minn.|Minnesota|MN"),
        ("New Orleans", "La.|Louisiana|LA"), ("New York", "N.Y.|New York|NY"),
        ("New York City", "N.Y.|New York|NY"), ("Oklahoma City", "Okla.|Oklahoma|OK"),
        ("Philadelphia", "Pa.|Pennsylvania|PA"), ("Phoenix", "Ariz.|Arizona|AZ"),
        ("Pittsburgh", "Pa.|Pennsylvania|PA"), ("St. Louis", "Mo.|Missouri|MO"),
        ("Saint Louis", "Mo.|Missouri|MO"), ("Salt Lake City", "Utah|UT"),
        ("San Antonio", "Texas|Tex.|TX"), ("San Diego", "Calif.|California|CA"),
        ("San Francisco", "Calif.|California|CA"), ("Seattle", "Wash.|Washington|WA"),
        ("Washington", "D.C.|District of Columbia|DC"),
    )
}

# AP stand-alone world cities, and other cities that agencies dateline constantly. Only
# used as evidence: a title-case place with no agency and no date (`Berlin —`) is a
# dateline only if it is a place we know.
WORLD_CITIES = _keys(
    # AP stand-alone list
    "Amsterdam|Baghdad|Bangkok|Beijing|Beirut|Berlin|Brussels|Cairo|Djibouti|Dublin|Geneva"
    "|Gibraltar|Guatemala City|Havana|Helsinki|Hong Kong|Islamabad|Istanbul|Jerusalem"
    "|Johannesburg|Kabul|Kuwait City|London|Luxembourg|Macau|Madrid|Mexico City|Milan"
    "|Monaco|Montreal|Moscow|Munich|New Delhi|Ottawa|Panama City|Paris|Prague|Quebec City"
    "|Rio de Janeiro|Rome|San Marino|Sao Paulo|São Paulo|Shanghai|Singapore|Stockholm"
    "|Sydney|Tokyo|Toronto|Vatican City|Vienna|Zurich",
    # other capitals and frequent datelines
    "Abu Dhabi|Abuja|Accra|Addis Ababa|Algiers|Amman|Ankara|Athens|Baku|Bamako|Belgrade"
    "|Bern|Bogota|Bogotá|Brasilia|Brasília|Bratislava|Bucharest|Budapest|Buenos Aires"
    "|Canberra|Caracas|Colombo|Copenhagen|Dakar|Damascus|Dhaka|Doha|Dubai|Frankfurt"
    "|Gaza|Gaza City|Hamburg|Hanoi|Harare|Jakarta|Kampala|Karachi|Kathmandu|Khartoum"
    "|Kiev|Kyiv|Kigali|Kinshasa|Kuala Lumpur|Lagos|Lahore|Lima|Lisbon|Ljubljana|Manila"
    "|Minsk|Mogadishu|Montevideo|Mumbai|Muscat|Nairobi|Oslo|Phnom Penh|Pretoria|Pyongyang"
    "|Quito|Rabat|Ramallah|Riga|Riyadh|Roma|Santiago|Sanaa|Sarajevo|Seoul|Sofia"
    "|Strasbourg|Taipei|Tallinn|Tashkent|Tbilisi|Tegucigalpa|Tehran|Tel Aviv|The Hague"
    "|Tripoli|Tunis|Ulaanbaatar|United Nations|Vilnius|Warsaw|Wellington|Yangon|Yerevan"
    "|Zagreb|Wien|München|Köln|Cologne|Milano|Napoli|Torino|Firenze|Venezia|Lisboa"
    "|Barcelona|Marseille|Lyon|Bruxelles|Genève|Osaka|Chennai|Kolkata|Bangalore"
    "|Bengaluru|Hyderabad|Chandigarh|Jeddah|Manama|Kuwait|Bahrain|Salvador",
    # Cities that open wire copy from conflict zones and the regions (Anadolu's `IZMIR`,
    # ANI's `Srinagar`, `KHARKIV`): a bare or title-case place must be one the lists know.
    "Tirana|Andorra la Vella|Luanda|Nassau|Belmopan|Porto-Novo|Thimphu|La Paz|Sucre"
    "|Gaborone|Bandar Seri Begawan|Ouagadougou|Gitega|Bujumbura|Yaounde|Yaoundé|Praia"
    "|Bangui|N'Djamena|Moroni|Brazzaville|San Jose|San José|Nicosia|Roseau"
    "|Santo Domingo|Dili|Malabo|Asmara|Mbabane|Suva|Banjul|Conakry|Bissau|Georgetown"
    "|Port-au-Prince|Reykjavik|Reykjavík|Kingston|Astana|Tarawa|Pristina|Bishkek"
    "|Vientiane|Maseru|Monrovia|Vaduz|Antananarivo|Lilongwe|Malé|Valletta|Majuro"
    "|Nouakchott|Port Louis|Palikir|Chisinau|Chișinău|Podgorica|Maputo|Naypyidaw"
    "|Naypyitaw|Windhoek|Managua|Niamey|Skopje|Port Moresby|Asuncion|Asunción|Apia"
    "|Freetown|Honiara|Juba|Paramaribo|Dushanbe|Dodoma|Dar es Salaam|Lome|Lomé"
    "|Nuku'alofa|Port of Spain|Port-of-Spain|Ashgabat|Funafuti|Port Vila|Lusaka"
    "|Libreville|Bridgetown|Castries|Kingstown|Basseterre|St. John's|Sao Tome|São Tomé"
    "|Hargeisa|Abidjan|Yamoussoukro|Douala|Lubumbashi|Goma|Bukavu|Kisangani|Kisumu"
    "|Mombasa|Kano|Ibadan|Port Harcourt|Maiduguri|Alexandria|Benghazi|Misrata|Sirte"
    "|Sfax|Oran|Casablanca|Marrakech|Fez|Tangier|Aden|Hodeidah|Marib|Taiz|Mukalla"
    "|Aleppo|Homs|Idlib|Raqqa|Hama|Latakia|Daraa|Qamishli|Mosul|Erbil|Basra|Kirkuk"
    "|Najaf|Karbala|Fallujah|Ramadi|Sulaimaniyah|Tabriz|Mashhad|Isfahan|Shiraz|Qom"
    "|Mecca|Dammam|Sharjah|Khan Younis|Rafah|Jenin|Nablus|Hebron|Bethlehem|Haifa"
    "|Sidon|Izmir|İzmir|Antalya|Gaziantep|Adana|Diyarbakir|Diyarbakır|Hatay"
    "|Antakya|Kahramanmaras|Kahramanmaraş|Trabzon|Bursa|Konya|Kayseri|Mersin|Kandahar"
    "|Herat|Mazar-i-Sharif|Jalalabad|Kunduz|Peshawar|Quetta|Rawalpindi|Multan"
    "|Faisalabad|Srinagar|Jammu|Lucknow|Patna|Ahmedabad|Pune|Jaipur|Bhopal|Guwahati"
    "|Thiruvananthapuram|Kochi|Imphal|Chittagong|Chattogram|Sylhet|Mandalay|Chiang Mai"
    "|Phuket|Ho Chi Minh City|Da Nang|Haiphong|Cebu|Davao|Marawi|Surabaya|Medan"
    "|Denpasar|Makassar|Penang|Johor Bahru|Kota Kinabalu|Kuching|Guangzhou|Shenzhen"
    "|Wuhan|Chengdu|Chongqing|Tianjin|Nanjing|Hangzhou|Xi'an|Urumqi|Lhasa|Harbin|Dalian"
    "|Qingdao|Xiamen|Kaohsiung|Taichung|Busan|Incheon|Daegu|Gwangju|Kyoto|Yokohama"
    "|Nagoya|Sapporo|Fukuoka|Hiroshima|Nagasaki|Naha|Fukushima|Sendai|Kobe|Vladivostok"
    "|Novosibirsk|Yekaterinburg|Kazan|St. Petersburg|Saint Petersburg|Sochi|Kaliningrad"
    "|Murmansk|Grozny|Belgorod|Kursk|Rostov-on-Don|Almaty|Samarkand|Lviv|Kharkiv|Odesa"
    "|Odessa|Dnipro|Zaporizhzhia|Kherson|Mykolaiv|Donetsk|Luhansk|Mariupol|Bakhmut"
    "|Avdiivka|Sumy|Chernihiv|Poltava|Vinnytsia|Kramatorsk|Pokrovsk|Kupiansk|Sevastopol"
    "|Simferopol|Gdansk|Gdańsk|Krakow|Kraków|Wroclaw|Wrocław|Poznan|Poznań|Lodz|Łódź"
    "|Brno|Cluj-Napoca|Thessaloniki|Dubrovnik|Novi Sad|Mostar|Banja Luka|Tuzla|Durres"
    "|Seville|Sevilla|Valencia|Bilbao|Malaga|Málaga|Naples|Turin|Venice|Genoa"
    "|Bologna|Palermo|Catania|Lampedusa|Toulouse|Bordeaux|Lille|Nantes|Calais|Ajaccio"
    "|Marseilles|Rotterdam|Antwerp|Ghent|Basel|Lausanne|Davos|Salzburg|Innsbruck|Graz"
    "|Stuttgart|Dusseldorf|Düsseldorf|Dresden|Leipzig|Hanover|Hannover|Nuremberg"
    "|Nürnberg|Bremen|Bonn|Gothenburg|Malmo|Malmö|Bergen|Aarhus|Edinburgh|Glasgow"
    "|Belfast|Cardiff|Manchester|Liverpool|Leeds|Vancouver|Calgary|Edmonton|Winnipeg"
    "|Halifax|Saskatoon|Whitehorse|Yellowknife|Iqaluit|Monterrey|Guadalajara|Tijuana"
    "|Ciudad Juarez|Ciudad Juárez|Culiacan|Culiacán|Acapulco|Cancun|Cancún|Oaxaca"
    "|Puebla|San Salvador|San Pedro Sula|Medellin|Medellín|Cartagena|Barranquilla"
    "|Guayaquil|Maracaibo|Valparaiso|Valparaíso|Rosario|Porto Alegre"
    "|Belo Horizonte|Recife|Manaus|Belem|Belém|Curitiba|Fortaleza|Cochabamba|Arequipa"
    "|Cusco|Perth|Melbourne|Brisbane|Hobart|Auckland|Christchurch|Durban"
    "|Cape Town|Gqeberha|Bulawayo|Beira|Zanzibar|Arusha|Kismayo|Baidoa|Bosaso|Garowe"
    "|Mekelle|Gondar|Bahir Dar|Port Sudan|El Fasher|Omdurman|Nyala|Agadez|Timbuktu"
    "|Kidal|Mopti|Bobo-Dioulasso|Kumasi|Tamale|Cotonou",
    # Malaysia's federal seat and state capitals (Bernama, The Star: `KUALA TERENGGANU:`),
    # and Mexico City's official short name (Mexican web copy's `CDMX.- El pleno ...`)
    "Putrajaya|Kuala Terengganu|Kota Bharu|Alor Setar|Ipoh|Shah Alam|Kuantan|Seremban"
    "|Melaka|George Town|Kangar|CDMX",
)

# Countries (and territories that datelines treat as countries) in English, with older
# names still found in archives (`West Germany`, `Soviet Union`) and a few French,
# Spanish, Italian and German names for those services' own copy.
COUNTRIES = _keys(
    "Afghanistan|Albania|Algeria|Andorra|Angola|Antigua|Antigua and Barbuda|Argentina"
    "|Armenia|Australia|Austria|Azerbaijan|Bahamas|Bahrain|Bangladesh|Barbados|Belarus"
    "|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia|Bosnia-Herzegovina|Bosnia and Herzegovina"
    "|Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada"
    "|Cape Verde|Central African Republic|Chad|Chile|China|Colombia|Comoros|Congo"
    "|Democratic Republic of Congo|Democratic Republic of the Congo|DR Congo|Costa Rica"
    "|Ivory Coast|Cote d'Ivoire|Côte d'Ivoire|Croatia|Cuba|Cyprus|Czech Republic|Czechia"
    "|Denmark|Djibouti|Dominica|Dominican Republic|East Timor|Timor-Leste|Ecuador|Egypt"
    "|El Salvador|Equatorial Guinea|Eritrea|Estonia|Eswatini|Swaziland|Ethiopia|Fiji"
    "|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|Greece|Grenada|Guatemala|Guinea"
    "|Guinea-Bissau|Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq"
    "|Ireland|Israel|Italy|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kiribati|Kosovo|Kuwait"
    "|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania"
    "|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Marshall Islands"
    "|Mauritania|Mauritius|Mexico|Micronesia|Moldova|Monaco|Mongolia|Montenegro|Morocco"
    "|Mozambique|Myanmar|Burma|Namibia|Nauru|Nepal|Netherlands|Holland|New Zealand"
    "|Nicaragua|Niger|Nigeria|North Korea|North Macedonia|Macedonia|Norway|Oman|Pakistan"
    "|Palau|Panama|Papua New Guinea|Paraguay|Peru|Philippines|Poland|Portugal|Qatar"
    "|Romania|Russia|Rwanda|Saint Kitts and Nevis|St. Kitts and Nevis|Saint Lucia"
    "|St. Lucia|Saint Vincent and the Grenadines|Samoa|San Marino|Sao Tome and Principe"
    "|Saudi Arabia|Senegal|Serbia|Seychelles|Sierra Leone|Singapore|Slovakia|Slovenia"
    "|Solomon Islands|Somalia|South Africa|South Korea|Korea|South Sudan|Spain|Sri Lanka"
    "|Sudan|Suriname|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Togo"
    "|Tonga|Trinidad|Trinidad and Tobago|Tunisia|Turkey|Türkiye|Turkmenistan|Tuvalu"
    "|Uganda|Ukraine|United Arab Emirates|UAE|U.A.E.|United Kingdom|U.K.|UK|Britain"
    "|Great Britain|England|Scotland|Wales|Northern Ireland|United States|U.S.|US|USA"
    "|U.S.A.|Uruguay|Uzbekistan|Vanuatu|Vatican|Vatican City|Venezuela|Vietnam|Viet Nam"
    "|Yemen|Zambia|Zimbabwe",
    # territories and places datelines give as the country
    "Puerto Rico|Guam|Greenland|Hong Kong|Macau|Macao|West Bank|Gaza Strip|Gaza"
    "|Palestinian Territories|Western Sahara|Bermuda|Cayman Islands|Aruba|Curacao"
    "|Curaçao|Faroe Islands|Gibraltar|New Caledonia|French Polynesia|Tahiti|Martinique"
    "|Guadeloupe|Reunion|Réunion|Crimea|Antarctica|Kashmir|Tibet|Abkhazia|Chechnya",
    # older names
    "Soviet Union|USSR|U.S.S.R.|West Germany|East Germany|Yugoslavia|Czechoslovakia|Zaire"
    "|Rhodesia|Ceylon|Dahomey|Upper Volta|Kampuchea|Persia|Siam",
    # French, Spanish, Italian, German
    "Allemagne|Italie|Espagne|Russie|Chine|Etats-Unis|États-Unis|Royaume-Uni|Suisse"
    "|Belgique|Brésil|Mexique|Japon|Inde|Alemania|Francia|Italia|España|Rusia"
    "|Estados Unidos|Reino Unido|Suiza|Brasil|México|Japón|Germania|Spagna|Cina"
    "|Stati Uniti|Regno Unito|Svizzera|Giappone|Deutschland|Frankreich|Italien|Spanien"
    "|Russland|Türkei|Schweiz|Österreich|Ägypten|Polen|Griechenland",
)

# News agencies and services seen in parentheses (or slashes) in datelines:
# `(AP)`, `(Reuters)`, `(tca/dpa)`, `(ANSA)`, `/PRNewswire/`, `/TASS/`. A parenthesised
# word not in this list can still be an agency, but the grammar trusts it less.
AGENCIES = _keys(
    # world and US services
    "AP|Associated Press|Reuters|Reuter|AFP|Agence France-Presse|UPI"
    "|United Press International|Bloomberg|Bloomberg News|Bloomberg Opinion|Dow Jones|DJ"
    "|CNN|CNN Business|BBC|IFR|Breakingviews|Reuters Breakingviews|Reuters Health"
    "|Thomson Reuters Foundation|HealthDay|HealthDay News|KHN|NEA|CQ|CQ-Roll Call",
    # press-release wires: `NEW YORK--(BUSINESS WIRE)--`, `/PRNewswire/ --`
    "Business Wire|BUSINESS WIRE|PRNewswire|PR Newswire|GLOBE NEWSWIRE|GlobeNewswire"
    "|Marketwire|Marketwired|ACCESSWIRE|ACCESS Newswire|CNW|Newsfile|EINPresswire|PRWeb",
    # European services
    "dpa|dpa-AFX|AFX|tca|ANSA|AGI|Adnkronos|EFE|Europa Press|Lusa|APA|SDA|Keystone-SDA|sda"
    "|KNA|epd|ddp|dapd|SID|Belga|ANP|TT|NTB|STT|Ritzau|PAP|CTK|ČTK|MTI|BTA|Agerpres|HINA"
    "|Tanjug|STA|MINA|ANA|ANA-MPA|AMNA|PA|PA Media|Press Association|askanews|FENA"
    "|Moldpres|Infotag",
    # Russia and neighbours
    "TASS|ITAR-TASS|RIA|RIA Novosti|Interfax|Sputnik|BelTA|Ukrinform|UNIAN|Kazinform"
    "|Trend|APA|Armenpress|AzerTag|Azertac|BNS|Baltic News Service|LETA|ELTA",
    # Asia and Pacific
    "Xinhua|CNS|China News Service|Kyodo|Kyodo News|Jiji|Jiji Press|Yonhap|KCNA|CNA"
    "|Bernama|Antara|PNA|VNA|PTI|IANS|ANI|UNI|APP|BSS|RSS|AAP|NZPA|Kyodo News Service"
    "|Pajhwok|Khovar|Kabar|AKIpress|UzA|Dunya|Montsame|Lankapuri|NNA|KPL|AKP|TNA|MNA"
    "|PPI|NNI|UNB",
    # Middle East and Africa
    "Anadolu|AA|KUNA|WAM|SPA|MENA|IRNA|ISNA|Fars|Tasnim|Mehr|SANA|Petra|QNA|BNA|ONA|APS"
    "|MAP|TAP|NAN|GNA|KNA|SAPA|ANA|ENA|SUNA|Xinhua-Africa|INA|INP|New Ziana|Ziana|NNN",
    # the Americas
    "CP|Canadian Press|The Canadian Press|Notimex|NTX|Prensa Latina|PL|Telam|Télam|ABI|EFE"
    "|Agência Brasil|Agencia Brasil|Andina|ACAN-EFE"
    "|AP-Dow Jones|NYT",
    # full names, as agencies sign off in them (`Australian Associated Press`)
    "Australian Associated Press|Press Trust of India|Indo-Asian News Service"
    "|Asian News International|Xinhua News Agency|Yonhap News Agency|Anadolu Agency"
    "|Agencia EFE|Agence France Presse|Philippine News Agency|Saudi Press Agency"
    "|Emirates News Agency|Kuwait News Agency|Qatar News Agency|Korean Central News Agency",
)

# The last word of an agency's name that says what it is (`Vellmar Press`, `Kessel News
# Agency`, `Harbour Wire`, `Island Information`): it vouches for a name the lists lack.
AGENCY_KIND_WORDS = _keys("press|news|agency|wire|newswire|service|information")

# First words of a parenthesised group that make it a photo credit, not an agency:
# `(AP Photo/Evan Vucci)`, `(Pool/Getty)`.
NOT_AGENCY_WORDS = _keys(
    "photo|photos|file|pool|image|images|video|getty|illustration|graphic|handout|courtesy"
    "|screenshot|via|credit|reporting|updated|update|advertisement|ad|sponsored|pictured"
    # a story's kind in brackets after the agency's name: Yonhap's `(Yonhap Interview)`,
    # `(Yonhap Feature)`, `(LEAD)`, `(URGENT)`: a label, not the agency crediting a dateline
    "|interview|feature|lead|urgent|focus|analysis"
)

# Lower-case words allowed inside a title-case place name: `Rio de Janeiro`,
# `Frankfurt am Main`, `Newcastle upon Tyne`, `Port of Spain`.
PLACE_CONNECTORS = frozenset(
    {"de", "del", "della", "dei", "di", "da", "do", "dos", "das", "du", "des", "la", "le",
     "les", "el", "al", "am", "an", "im", "upon", "on", "of", "the", "y", "sur", "en", "aan",
     "op", "bei", "ob", "der", "dem", "van", "von"}
)

# Abbreviations that end with a period inside place names: `ST. LOUIS`, `Ft. Worth`.
PLACE_ABBREVIATIONS = _keys("St.|Ste.|Sta.|Ft.|Mt.|Pt.|Pte.|Pto.|S.|N.|E.|W.")

# First words that never open a dateline: story labels and kickers
# (`EDITOR'S NOTE —`, `FILE - In this photo`, `UPDATE 2-Oil prices`, `WATCH:`, and AP's
# Spanish service's `ARCHIVO - En esta foto`), titles of people (`Mr. SMITH - said`),
# weekdays and time words.
NOT_PLACE_LEADS = _keys(
    "editor's|editors|editor’s|editor|note|file|update|updated|updates|breaking|exclusive"
    "|archivo|foto|fotos"
    "|watch|listen|read|correction|corrected|clarification|advisory|bulletin|urgent"
    "|flash|alert|developing|analysis|insight|factbox|column|commentary|opinion|editorial"
    "|review|preview|interview|profile|obituary|obit|refile|rpt|repeat|wrapup|wrap|about"
    "|latest|video|photo|photos|gallery|slideshow|audio|podcast|transcript|summary"
    "|timeline|explainer|feature|sports|weather|business|markets|related|see|also|more"
    "|end|embargoed|embargo|hold|kill|attn|attention|eds|sponsored|advertisement"
    "|disclaimer|warning|notice|source|sources|contact|media|press|statement|text|quote"
    "|poll|highlights|snapshot|fact|recap|scoreboard|correspondent|dispatch|live|news"
    # a page's labels of the kind of item: `[INFOGRAPHIC]`, `[QUIZ]`
    "|infographic|infographics|graphic|graphics|chart|charts|map|maps|quiz|promoted|paid"
    "|special|report|watchlist|newsletter|briefing|brief|briefs|digest|roundup|tracker"
    # a transcript's bracketed stage notes: `[CROSSTALK]`, `[LAUGHTER]`
    "|crosstalk|laughter|applause|inaudible|unintelligible|music",
    "mr|mrs|ms|miss|dr|sen|rep|gov|gen|pres|president|prime|minister|sir|lord|lady|prof"
    "|rev|capt|col|lt|sgt|maj|adm|cmdr|det|officer|judge|justice|chief|king|queen|prince"
    "|princess|pope|dame|mayor|senator|secretary|chancellor|premier",
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow"
    "|tonight|meanwhile|however|earlier|later|now|then|here|there|last|next|this|that"
    "|these|those",
    "a|an|and|or|but|if|by|for|from|of|to|with|as|i|we|you|he|she|it|they"
    "|my|our|your|his|her|its|their|what|when|where|who|why|how|no|not|yes|so|all|some"
    "|any|every|after|before|while|during|please|oh|ok|okay|well|dear|hi|hello|us|uk",
)

# First words that open prose far more often than places, but do open a few datelines
# (`THE VATICAN (AP) —`, `IN THE PERSIAN GULF (AP) —`, `ON THE BORDER (AP) —`): accepted
# only in capitals and with a known agency or a date.
WEAK_PLACE_LEADS = _keys("the|in|on|at|near|off|outside|inside|along|aboard|over")

# Words that make an all-capitals run a sentence, not a place: `IT WAS A DARK NIGHT -`.
NOT_PLACE_WORDS = _keys(
    "is|are|was|were|be|been|will|would|has|have|had|can|could|do|does|did|says|said|say"
    "|not|we|i|you|he|she|they|it|this|that|should|must|may|might|shall|to|for|with"
)

# ANPA wire trailers carry the filing date: `AP-NY-08-07-98 0618EDT`, `AP-WF-02-20-16 0337GMT`
# (agency, desk, month, day, year). The date is the reference for the dateline's year.
TRAILER_DATE_RE = regex(
    r"^\s*[A-Z]{2,4}-[A-Z]{2,3}-(\d{2})-(\d{2})-(\d{2}|\d{4})\s+\d{3,4}\s?[A-Z]{3}\s*$"
)
# Two-digit trailer years below this are 20xx, the rest 19xx (ANPA archives start in the 1970s).
TRAILER_CENTURY_PIVOT = 70

# A page prints its story's date on a line of its own in its head, which gives the year a
# dateline's date leaves out (``dateline.page_date``): `March 28, 2014 / 11:51 AM / 3 years
# ago`, `Thursday, September 24, 2020`, `giovedì 5 giugno 2014`, `Kamis, 5 Juni 2014`,
# `Veröffentlicht am 5. Juni 2014, 10:12 Uhr`, `11.01.2014 - Update : 11.01.2014`, `October
# 8, 2020 by Jane Roe`, `Published Date : June 5, 2014`, `Sa, 07/20/2019 - 17:31`.
# The label and the weekday that may come before the date, in the languages of MONTHS
# (German's two-letter weekdays only with their comma: `Do` and `So` are English words):
PAGE_DATE_LEAD_RE = regex(
    r"(?i:(?:(?:last\s+|first\s+)?(?:updated?|published|posted|modified|dated?|veröffentlicht"
    r"|aktualisiert|publié|mis\s+à\s+jour|pubblicato|aggiornato|publicado|actualizado"
    r"|atualizado)(?:\s+(?:on|am|le|il|el|em|date))?\s*:?\s*)?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat"
    r"|sun)\.?|(?:lune|marte|mercole|giove|vener)d[iì]|sabato|domenica|lundi|mardi|mercredi"
    r"|jeudi|vendredi|samedi|dimanche|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado"
    r"|domingo|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag"
    r"|(?:segunda|ter[çc]a|quarta|quinta|sexta)-feira|senin|isnin|selasa|rabu|kh?amis"
    r"|jum['’]?aa?t|sabtu|minggu|ahad|(?:mo|di|mi|do|fr|sa|so)(?=,))?[,\s]*)"
)
# Words a page's date line may hold after the date, besides times, zones (`GMT`, `IST`),
# dates and month names: its labels, an age (`3 years ago`, or as one site sets it, `in 3
# years`) and a reading time.
PAGE_DATE_WORDS = _keys(
    "update|updated|updates|published|posted|modified|edited|last|first|on|at|am|pm|um|uhr"
    "|h|hrs|ago|in|second|seconds|minute|minutes|min|mins|hour|hours|day|days|week|weeks"
    "|month|months|year|years|read|time|aktualisiert|veröffentlicht|actualizado|aggiornato"
    "|atualizado|mis|à|jour|le|il|el|em|de|del|ore|a.m.|p.m."
)

# The wire services whose copy always carries a dateline, as bylines and credit lines name
# them (`By Jane Doe, Associated Press`, `Jane Doe, Reuters`). Case matters: `AP` and `EFE`
# are agencies, `Ap` and `Efe` are not. Used by WC206 to tell agency copy without a dateline.
WIRE_CREDIT_RE = regex(
    r"\b(?:The Associated Press|Associated Press|AP|Reuters|REUTERS|AFP|Agence France-Presse"
    r"|UPI|United Press International|Xinhua|Bloomberg News|dpa|ANSA|EFE|Kyodo News|Kyodo"
    r"|Yonhap|TASS|Interfax|PTI|IANS|AAP|The Canadian Press|Canadian Press)\b"
)
