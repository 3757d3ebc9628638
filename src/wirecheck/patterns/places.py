"""Names of places and organisations that take no article, for the copy rules (WC402, WC403).

English puts no article before most country, city and company names (`Cuba's Communist
Party`, not `the Cuba's Communist Party`; `a visit to Moscow`). Some names do take one (`the
United States`, `the Netherlands`, `the Kremlin`, `the Hague`), and a capitalised word after
`the` is often not a place at all (`the President's`). So the rules decide with these lists,
never with a blanket "capitalised word" test: a name belongs here only when, in wire and web
news copy, `the NAME's` is a slip rather than another name or a legitimate construction.

Left out on purpose, because `the NAME's` is correct or common in real copy:

- names that take the article: United States, Netherlands, Philippines, Gambia, Bahamas,
  Congo, Sudan, Crimea, Donbas, Punjab, Caucasus, Balkans, Middle East, Gulf, West Bank,
  Gaza Strip, Hague, Vatican, Kremlin, Pentagon, White House, Islamic State, Congress (India);
- names that are also rivers, ships or other things with `the`: Amazon, Jordan, Niger, Georgia (a
  US state and a submarine), US states in general, Sputnik, Shell, Oracle;
- brands that are possessives themselves (McDonald's, Macy's) and Disney (`the Disney's
  Hollywood Studios park`);
- makers whose name is also a product or a place, a count noun with `the`: `the Tesla's
  battery` (a car), `the Airbus's wing`, `the Samsung's screen`, `the TikTok's caption`,
  `the Walmart's parking lot` (one store): Tesla, Toyota, Honda, Nissan, Volkswagen,
  Boeing, Airbus, Samsung, Huawei, TikTok, Walmart.

Each list is for a different question: where someone can travel to (``PLACES``, WC403), and
what takes no article before its possessive (``NO_ARTICLE_NAMES``: places and
organisations, WC402).
"""

from __future__ import annotations

# Countries and territories named without an article in English news copy.
COUNTRIES: tuple[str, ...] = (
    "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Argentina", "Armenia",
    "Australia", "Austria", "Azerbaijan", "Bahrain", "Bangladesh", "Barbados", "Belarus",
    "Belgium", "Belize", "Benin", "Bhutan", "Bolivia", "Bosnia", "Bosnia and Herzegovina",
    "Botswana", "Brazil", "Britain", "Great Britain", "Brunei", "Bulgaria", "Burkina Faso",
    "Burundi", "Cambodia", "Cameroon", "Canada", "Cape Verde", "Chad", "Chile", "China",
    "Colombia", "Costa Rica", "Croatia", "Cuba", "Cyprus", "Czechia", "Denmark", "Djibouti",
    "Ecuador", "Egypt", "El Salvador", "England", "Equatorial Guinea", "Eritrea", "Estonia",
    "Eswatini", "Ethiopia", "Fiji", "Finland", "France", "Gabon", "Germany", "Ghana",
    "Greece", "Greenland", "Guatemala", "Guinea", "Guinea-Bissau", "Guyana", "Haiti",
    "Honduras", "Hungary", "Iceland", "India", "Indonesia", "Iran", "Iraq", "Ireland",
    "Israel", "Italy", "Jamaica", "Japan", "Kazakhstan", "Kenya", "Kosovo", "Kuwait",
    "Kyrgyzstan", "Laos", "Latvia", "Lebanon", "Lesotho", "Liberia", "Libya",
    "Liechtenstein", "Lithuania", "Luxembourg", "Madagascar", "Malawi", "Malaysia",
    "Mali", "Malta", "Mauritania", "Mauritius", "Mexico", "Moldova", "Monaco", "Mongolia",
    "Montenegro", "Morocco", "Mozambique", "Myanmar", "Burma", "Namibia", "Nepal",
    "New Zealand", "Nicaragua", "Nigeria", "North Korea", "North Macedonia",
    "Northern Ireland", "Norway", "Oman", "Pakistan", "Palestine", "Panama",
    "Papua New Guinea", "Paraguay", "Peru", "Poland", "Portugal", "Puerto Rico", "Qatar",
    "Romania", "Russia", "Rwanda", "Samoa", "Saudi Arabia", "Scotland", "Senegal", "Serbia",
    "Sierra Leone", "Singapore", "Slovakia", "Slovenia", "Somalia", "South Africa",
    "South Korea", "South Sudan", "Spain", "Sri Lanka", "Suriname", "Sweden", "Switzerland",
    "Syria", "Taiwan", "Tajikistan", "Tanzania", "Thailand", "Tibet", "Togo", "Tonga",
    "Trinidad and Tobago", "Tunisia", "Turkey", "Turkmenistan", "Uganda", "Ukraine",
    "Uruguay", "Uzbekistan", "Venezuela", "Vietnam", "Wales", "Yemen", "Zambia", "Zimbabwe",
)

# Capitals, big cities and regions that wire datelines and copy name without an article.
CITIES_AND_REGIONS: tuple[str, ...] = (
    "Abu Dhabi", "Abuja", "Accra", "Addis Ababa", "Algiers", "Amman", "Amsterdam", "Ankara",
    "Astana", "Athens", "Baghdad", "Baku", "Bangkok", "Barcelona", "Beijing", "Beirut",
    "Belgrade", "Berlin", "Bogota", "Brasilia", "Bratislava", "Brussels", "Bucharest",
    "Budapest", "Buenos Aires", "Cairo", "Canberra", "Cape Town", "Caracas", "Chicago",
    "Chisinau", "Colombo", "Copenhagen", "Dakar", "Damascus", "Davos", "Delhi", "Dhaka",
    "Doha", "Dubai", "Dublin", "Edinburgh", "Frankfurt", "Gaza", "Geneva", "Hanoi", "Harare",
    "Havana", "Helsinki", "Hong Kong", "Islamabad", "Istanbul", "Jakarta", "Jerusalem",
    "Johannesburg", "Kabul", "Kampala", "Karachi", "Kathmandu", "Khartoum", "Kharkiv",
    "Kiev", "Kigali", "Kinshasa", "Kuala Lumpur", "Kyiv", "Lagos", "Lima", "Lisbon",
    "Ljubljana", "London", "Los Angeles", "Luanda", "Macau", "Madrid", "Managua", "Manila",
    "Mexico City", "Milan", "Minsk", "Mogadishu", "Montevideo", "Montreal", "Moscow",
    "Mumbai", "Munich", "Nairobi", "New Delhi", "New York", "Nicosia", "Oslo", "Ottawa",
    "Paris", "Prague", "Pretoria", "Pyongyang", "Quito", "Rabat", "Reykjavik", "Riga",
    "Riyadh", "Rome", "San Francisco", "Sao Paulo", "São Paulo", "Sarajevo", "Seoul",
    "Shanghai", "Skopje", "Sofia", "St. Petersburg", "Stockholm", "Strasbourg", "Sydney",
    "Taipei", "Tallinn", "Tashkent", "Tbilisi", "Tehran", "Tel Aviv", "Tirana", "Tokyo",
    "Toronto", "Tripoli", "Tunis", "Vienna", "Vilnius", "Warsaw", "Washington",
    "Yerevan", "Zagreb", "Zurich",
    # Continents and regions used without an article.
    "Africa", "Antarctica", "Asia", "Central America", "Central Asia", "Chechnya",
    "East Africa", "Eastern Europe", "Europe", "Latin America", "North Africa",
    "North America", "Siberia", "South America", "Southeast Asia", "West Africa",
    "Western Europe", "Xinjiang",
)

# Organisations, companies and agencies named without an article (`NATO's`, `Gazprom's`).
ORGANISATIONS: tuple[str, ...] = (
    "Aeroflot", "Alibaba", "Alphabet", "Apple", "Bloomberg", "ByteDance", "Chevron",
    "ExxonMobil", "Exxon", "Facebook", "Fatah", "FIFA", "Frontex", "Gazprom", "Goldman Sachs",
    "Google", "Hamas", "Hezbollah", "IBM", "Instagram", "Intel", "Interfax", "Interpol",
    "Europol", "JPMorgan", "Lukoil", "Meta", "Microsoft", "Moderna", "Morgan Stanley", "NASA",
    "NATO", "Netflix", "Nvidia", "OPEC", "OpenAI", "Pfizer", "Reuters", "Roscosmos", "Rosatom",
    "Rosneft", "Sberbank", "Siemens", "SpaceX", "TASS", "Tencent", "Twitter", "UEFA", "UNESCO",
    "UNICEF", "Xinhua", "YouTube",
)

# What someone can visit or travel to (WC403: `a visit Cuba` -> `a visit to Cuba`).
PLACES: frozenset[str] = frozenset(COUNTRIES + CITIES_AND_REGIONS)

# What takes no article before its possessive (WC402: `the Cuba's` -> `Cuba's`).
NO_ARTICLE_NAMES: frozenset[str] = frozenset(COUNTRIES + CITIES_AND_REGIONS + ORGANISATIONS)
