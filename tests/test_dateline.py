"""The dateline grammar: a table of invented datelines in the shapes agencies use, prose that
must not be taken for one, and the year rules. All examples are made up for these tests."""

from __future__ import annotations

import time
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import wirecheck
from wirecheck.dateline import (
    DatelineMatch,
    PageDate,
    date_parts,
    find_loose,
    foreign_weekdays,
    match_dateline,
    named_weekdays,
    page_date,
    resolve_date,
    source_reference_date,
    to_dateline,
    weekday_dates,
)
from wirecheck.model import Dateline

US = "United States"
BODY = "Officials opened the new bridge on Tuesday."

# (dateline as written, city, region, country, agencies joined by "|", date_text).
# The paragraph tested is the dateline, a space and BODY.
PARAGRAPH_DATELINES: list[tuple[str, str | None, str | None, str | None, str, str | None]] = [
    # AP: place, optional state or country, (AP), a dash; no date
    ("NEW YORK (AP) —", "NEW YORK", None, US, "AP", None),
    ("GROSSETO, Italy (AP) --", "GROSSETO", None, "Italy", "AP", None),
    ("CHATHAM, Mass. (AP) _", "CHATHAM", "Mass.", US, "AP", None),
    # a place named with a word that opens sentences, vouched for by its state and agency
    ("CAPE MAY, N.J. (AP) —", "CAPE MAY", "N.J.", US, "AP", None),
    ("MAY, Texas (AP) —", "MAY", "Texas", US, "AP", None),
    ("COLUMBIA, S.C. (AP) —", "COLUMBIA", "S.C.", US, "AP", None),
    ("WASHINGTON (AP) —", "WASHINGTON", None, US, "AP", None),
    ("WASHINGTON (AP) _", "WASHINGTON", None, US, "AP", None),
    ("ST. LOUIS (AP) —", "ST. LOUIS", None, US, "AP", None),
    ("FT. MYERS, Fla. (AP) —", "FT. MYERS", "Fla.", US, "AP", None),
    ("MT. PLEASANT, S.C. (AP) —", "MT. PLEASANT", "S.C.", US, "AP", None),
    ("WINSTON-SALEM, N.C. (AP) —", "WINSTON-SALEM", "N.C.", US, "AP", None),
    ("CHARLESTON, W.Va. (AP) —", "CHARLESTON", "W.Va.", US, "AP", None),
    ("McALLEN, Texas (AP) —", "McALLEN", "Texas", US, "AP", None),
    ("DeKALB, Ill. (AP) —", "DeKALB", "Ill.", US, "AP", None),
    ("COEUR D'ALENE, Idaho (AP) —", "COEUR D'ALENE", "Idaho", US, "AP", None),
    ("DES MOINES, Iowa (AP) _", "DES MOINES", "Iowa", US, "AP", None),
    ("RAPID CITY, South Dakota (AP) —", "RAPID CITY", "South Dakota", US, "AP", None),
    ("DALLAS, Ga. (AP) —", "DALLAS", "Ga.", US, "AP", None),
    ("PARIS, Texas (AP) —", "PARIS", "Texas", US, "AP", None),
    ("PARIS (AP) —", "PARIS", None, None, "AP", None),
    ("THE HAGUE, Netherlands (AP) —", "THE HAGUE", None, "Netherlands", "AP", None),
    ("PORT-AU-PRINCE, Haiti (AP) —", "PORT-AU-PRINCE", None, "Haiti", "AP", None),
    ("SAN JUAN, Puerto Rico (AP) —", "SAN JUAN", None, "Puerto Rico", "AP", None),
    ("MEXICO CITY (AP) —", "MEXICO CITY", None, None, "AP", None),
    ("UNITED NATIONS (AP) —", "UNITED NATIONS", None, None, "AP", None),
    ("ABOARD AIR FORCE ONE (AP) —", "ABOARD AIR FORCE ONE", None, None, "AP", None),
    ("WITH U.S. FORCES IN IRAQ (AP) —", "WITH U.S. FORCES IN IRAQ", None, None, "AP", None),
    ("RIO DE JANEIRO (AP) —", "RIO DE JANEIRO", None, None, "AP", None),
    ("SÃO PAULO (AP) —", "SÃO PAULO", None, None, "AP", None),
    ("TBILISI, Georgia (AP) —", "TBILISI", None, "Georgia", "AP", None),
    ("ATHENS, Ga. (AP) —", "ATHENS", "Ga.", US, "AP", None),
    ("NAIROBI, Kenya (AP) _", "NAIROBI", None, "Kenya", "AP", None),
    ("BONN, West Germany (AP) _", "BONN", None, "West Germany", "AP", None),
    ("WASHINGTON, D.C. (AP) —", "WASHINGTON", "D.C.", US, "AP", None),
    ("LAS VEGAS (AP) —", "LAS VEGAS", None, US, "AP", None),
    ("CHICAGO, Ill. (AP) —", "CHICAGO", "Ill.", US, "AP", None),
    ("OTTAWA, Ont. (CP) —", "OTTAWA", "Ont.", None, "CP", None),
    ("TORONTO, Ontario, Canada (AP) —", "TORONTO", "Ontario", "Canada", "AP", None),
    ("AUSTIN, TX (AP) —", "AUSTIN", "TX", US, "AP", None),
    ("NEW YORK (CNN) —", "NEW YORK", None, US, "CNN", None),
    # Reuters: month without a period, web copy with no place
    ("DAMASCUS (Reuters) -", "DAMASCUS", None, None, "Reuters", None),
    ("LONDON, March 3 (Reuters) -", "LONDON", None, None, "Reuters", "March 3"),
    ("Jan 30 (Reuters) -", None, None, None, "Reuters", "Jan 30"),
    ("SALVADOR, Feb 26 -", "SALVADOR", None, None, "", "Feb 26"),
    ("TOKYO, March 2 -", "TOKYO", None, None, "", "March 2"),
    ("MIDDLEBURY, Conn., March 3 -", "MIDDLEBURY", "Conn.", US, "", "March 3"),
    ("KUALA LUMPUR, Feb 27 -", "KUALA LUMPUR", None, None, "", "Feb 27"),
    ("(Reuters) -", None, None, None, "Reuters", None),
    ("NEW YORK, Jan 30 (IFR) -", "NEW YORK", None, US, "IFR", "Jan 30"),
    ("LONDON, Oct 4 (Reuters Breakingviews) -", "LONDON", None, None,
     "Reuters Breakingviews", "Oct 4"),
    ("CAIRO/ISTANBUL (Reuters) -", "CAIRO/ISTANBUL", None, None, "Reuters", None),
    ("WASHINGTON/BEIJING, Oct 4 (Reuters) -", "WASHINGTON/BEIJING", None, None, "Reuters",
     "Oct 4"),
    ("LONDON/NEW YORK (Reuters) -", "LONDON/NEW YORK", None, None, "Reuters", None),
    ("CLEAR LAKE, Iowa, Dec 23 (Reuters) -", "CLEAR LAKE", "Iowa", US, "Reuters", "Dec 23"),
    # AFP: year, day first in French, a country in parentheses, a stray space
    ("STOCKHOLM, Aug 29, 2014 (AFP) -", "STOCKHOLM", None, None, "AFP", "Aug 29, 2014"),
    ("Kyiv (Ukraine) (AFP) –", "Kyiv", None, "Ukraine", "AFP", None),
    ("Strasbourg, 10 juil 2024 (AFP) -", "Strasbourg", None, None, "AFP", "10 juil 2024"),
    ("KIGALI, April 28 , 1997 (AFP) -", "KIGALI", None, None, "AFP", "April 28 , 1997"),
    ("PARIS, 6 nov. 2018 (AFP) -", "PARIS", None, None, "AFP", "6 nov. 2018"),
    ("Paris (AFP) -", "Paris", None, None, "AFP", None),
    ("LONDON, 6 November 2018 (AFP) -", "LONDON", None, None, "AFP", "6 November 2018"),
    ("Lyon, 1er mars 2024 (AFP) -", "Lyon", None, None, "AFP", "1er mars 2024"),
    ("Montréal, 3 févr. 2024 (AFP) -", "Montréal", None, None, "AFP", "3 févr. 2024"),
    # UPI
    ("WASHINGTON, Nov. 6 (UPI) --", "WASHINGTON", None, US, "UPI", "Nov. 6"),
    ("SPRINGFIELD, Mass., Oct. 31 (UPI) --", "SPRINGFIELD", "Mass.", US, "UPI", "Oct. 31"),
    ("BERLIN, Germany, Nov. 6 (UPI) --", "BERLIN", None, "Germany", "UPI", "Nov. 6"),
    ("March 16 (UPI) —", None, None, None, "UPI", "March 16"),
    ("Nov. 2 (UPI) --", None, None, None, "UPI", "Nov. 2"),
    ("Sept. 14 (UPI) --", None, None, None, "UPI", "Sept. 14"),
    ("November 14 (UPI) --", None, None, None, "UPI", "November 14"),
    ("WASHINGTON, Nov. 6, 2018 (UPI) --", "WASHINGTON", None, US, "UPI", "Nov. 6, 2018"),
    ("GENEVA, Switzerland, Aug. 1 (UPI) --", "GENEVA", None, "Switzerland", "UPI", "Aug. 1"),
    # Xinhua and other Asian services
    ("NEW DELHI, Sept. 10 (Xinhua) --", "NEW DELHI", None, None, "Xinhua", "Sept. 10"),
    ("BEIJING, Nov. 1 , 2005 (Xinhua) --", "BEIJING", None, None, "Xinhua", "Nov. 1 , 2005"),
    # a weekday opening the date is the date's, never a country (WAFA's web copy)
    ("HARBOURTON, Friday, February 08, 2019 (VNA) –", "HARBOURTON", None, None, "VNA",
     "Friday, February 08, 2019"),
    ("HARBOURTON, Vellmar, SUNDAY, MAY 23 (VNA) –", "HARBOURTON", None, "Vellmar", "VNA",
     "SUNDAY, MAY 23"),
    ("SEOUL, Jan. 5 (Yonhap) --", "SEOUL", None, None, "Yonhap", "Jan. 5"),
    ("TOKYO, Aug. 1 (Kyodo) --", "TOKYO", None, None, "Kyodo", "Aug. 1"),
    ("TOKYO, Jan. 5 Kyodo -", "TOKYO", None, None, "Kyodo", "Jan. 5"),
    ("SYDNEY, AAP -", "SYDNEY", None, None, "AAP", None),
    ("ISLAMABAD:", "ISLAMABAD", None, None, None, None),
    # the agency's parentheses lost, after a known city
    ("NEW YORK AP —", "NEW YORK", None, US, "AP", None),
    # an agency no list knows, in capitals after a known place, before a heavy dash
    ("DAYTON, Ohio (NorthWire) --", "DAYTON", "Ohio", US, "NorthWire", None),
    ("SPRINGFIELD, Ill. (Capitol News Illinois) —", "SPRINGFIELD", "Ill.", US,
     "Capitol News Illinois", None),
    ("PARIS AFP -", "PARIS", None, None, "AFP", None),
    ("KARACHI, Dec 1:", "KARACHI", None, None, None, "Dec 1"),
    ("Dhaka, Dec 1 (bdnews24.com) -", "Dhaka", None, None, "bdnews24.com", "Dec 1"),
    ("Manila (Rappler.com) —", "Manila", None, None, "Rappler.com", None),
    ("KUALA LUMPUR, Jan 5 (Bernama) --", "KUALA LUMPUR", None, None, "Bernama", "Jan 5"),
    ("Jakarta (ANTARA) -", "Jakarta", None, None, "ANTARA", None),
    ("HANOI (VNA) -", "HANOI", None, None, "VNA", None),
    ("DHAKA, Aug 1 (BSS) -", "DHAKA", None, None, "BSS", "Aug 1"),
    ("ISLAMABAD, Aug 1 (APP) -", "ISLAMABAD", None, None, "APP", "Aug 1"),
    ("KATHMANDU, Nov 28 (RSS):", "KATHMANDU", None, None, "RSS", "Nov 28"),
    ("Addis Ababa, November 28 (ENA) -", "Addis Ababa", None, None, "ENA", "November 28"),
    ("Addis Ababa, November 28/2026 (ENA) -", "Addis Ababa", None, None, "ENA", "November 28/2026"),
    ("Kabul, Nov 28 (Pajhwok):", "Kabul", None, None, "Pajhwok", "Nov 28"),
    # IANS's web copy: the agency credited as a byline, then the place and a colon
    ("By IANS, Kolkata :", "Kolkata", None, None, "IANS", None),
    ("By IANS, Kolkata:", "Kolkata", None, None, "IANS", None),
    ("By PTI, Mumbai, Nov 28 :", "Mumbai", None, None, "PTI", "Nov 28"),
    ("SYDNEY, Aug 1 AAP -", "SYDNEY", None, None, "AAP", "Aug 1"),
    ("WELLINGTON, Aug 1 (NZPA) -", "WELLINGTON", None, None, "NZPA", "Aug 1"),
    ("New Delhi [India], January 5 (ANI):", "New Delhi", None, "India", "ANI", "January 5"),
    ("Guwahati (Assam) [India], June 4 (ANI):", "Guwahati", "Assam", "India", "ANI", "June 4"),
    # Bloomberg
    ("(Bloomberg) --", None, None, None, "Bloomberg", None),
    ("Sept.  14 (Bloomberg) --", None, None, None, "Bloomberg", "Sept.  14"),
    ("(Bloomberg Opinion) --", None, None, None, "Bloomberg Opinion", None),
    # dpa and German-language services
    ("Berlin (dpa) -", "Berlin", None, None, "dpa", None),
    ("San Diego (tca/dpa) -", "San Diego", None, US, "tca|dpa", None),
    ("Berlin/Hamburg (dpa) -", "Berlin/Hamburg", None, None, "dpa", None),
    ("Frankfurt am Main (dpa) -", "Frankfurt am Main", None, None, "dpa", None),
    ("Frankfurt (dpa-AFX) -", "Frankfurt", None, None, "dpa-AFX", None),
    ("Berlin, 5. Januar (dpa) -", "Berlin", None, None, "dpa", "5. Januar"),
    ("Wien (APA) -", "Wien", None, None, "APA", None),
    ("Zürich (sda) -", "Zürich", None, None, "sda", None),
    # an agency the lists lack, named with its kind: the name before the kind is the agency
    ("Kassel (kfp Nachrichtenagentur) –", "Kassel", None, None, "kfp", None),
    ("Kassel (kfp Nachrichtenagentur/dpa) –", "Kassel", None, None, "kfp|dpa", None),
    ("KABUL (Ariana Press Agency) –", "KABUL", None, None, "Ariana", None),
    # ANSA, EFE, Lusa: agency first, Italian/Spanish/Portuguese months, `.-`
    ("(ANSA) - ROMA, 1 LUG -", "ROMA", None, None, "ANSA", "1 LUG"),
    ("(ANSA) - ROME, AUG 1 -", "ROME", None, None, "ANSA", "AUG 1"),
    ("(ANSA) - Milano, 12 settembre -", "Milano", None, None, "ANSA", "12 settembre"),
    ("Roma, 13 dic. (askanews) –", "Roma", None, None, "askanews", "13 dic."),
    ("Tegucigalpa, Jan 2 (EFE).-", "Tegucigalpa", None, None, "EFE", "Jan 2"),
    ("Madrid, 5 ene (EFE).-", "Madrid", None, None, "EFE", "5 ene"),
    ("CARACAS, 1 ago (EFE).-", "CARACAS", None, None, "EFE", "1 ago"),
    ("Bogotá, 5 de enero de 2024 (EFE).-", "Bogotá", None, None, "EFE", "5 de enero de 2024"),
    ("LISBOA, 01 out 2024 (Lusa) -", "LISBOA", None, None, "Lusa", "01 out 2024"),
    # Russian and Middle Eastern services
    ("MOSCOW. Jan 5 (Interfax) -", "MOSCOW", None, None, "Interfax", "Jan 5"),
    ("MOSCOW, January 5. /TASS/.", "MOSCOW", None, None, "TASS", "January 5"),
    ("MOSCOW, Aug. 1 (RIA Novosti) --", "MOSCOW", None, None, "RIA Novosti", "Aug. 1"),
    ("KUWAIT, Jan 5 (KUNA) --", "KUWAIT", None, None, "KUNA", "Jan 5"),
    ("ABU DHABI, 5th January, 2024 (WAM) --", "ABU DHABI", None, None, "WAM",
     "5th January, 2024"),
    ("Riyadh, Jan 5, 2024, SPA --", "Riyadh", None, None, "SPA", "Jan 5, 2024"),
    ("TEHRAN (IRNA) --", "TEHRAN", None, None, "IRNA", None),
    ("ANKARA (AA) -", "ANKARA", None, None, "AA", None),
    ("CAIRO, Aug 1 (MENA) -", "CAIRO", None, None, "MENA", "Aug 1"),
    # the Americas and Europe, more services
    ("TORONTO (CP) —", "TORONTO", None, None, "CP", None),
    ("HAVANA, Aug 1 (Prensa Latina) --", "HAVANA", None, None, "Prensa Latina", "Aug 1"),
    ("ATHENS, Aug 1 (ANA-MPA) -", "ATHENS", None, None, "ANA-MPA", "Aug 1"),
    ("WARSAW, Aug 1 (PAP) -", "WARSAW", None, None, "PAP", "Aug 1"),
    ("VATICAN CITY (RNS) —", "VATICAN CITY", None, None, "RNS", None),
    ("THE VATICAN (AP) —", "THE VATICAN", None, None, "AP", None),
    ("IN THE GULF OF OMAN (AP) —", "IN THE GULF OF OMAN", None, None, "AP", None),
    ("UNDATED (AP) _", "UNDATED", None, None, "AP", None),
    ("LONDON (AFP, Reuters) -", "LONDON", None, None, "AFP|Reuters", None),
    ("BOCA RATON, Fla, March 4 -", "BOCA RATON", "Fla", US, "", "March 4"),
    ("ST. LOUIS, Mo., March 2 -", "ST. LOUIS", "Mo.", US, "", "March 2"),
    ("N'DJAMENA, Jan 3 (AFP) -", "N'DJAMENA", None, None, "AFP", "Jan 3"),
    ("HO CHI MINH CITY, Jan. 5 (Xinhua) --", "HO CHI MINH CITY", None, None, "Xinhua", "Jan. 5"),
    ("DAR ES SALAAM, Jan 5 (Xinhua) --", "DAR ES SALAAM", None, None, "Xinhua", "Jan 5"),
    ("LA PAZ, March 3 -", "LA PAZ", None, None, "", "March 3"),
    ("Associated Press —", None, None, None, "Associated Press", None),
    # agency-less copy: Canadian Press, web copy, press releases
    ("TORONTO _", "TORONTO", None, None, "", None),
    ("WASHINGTON _", "WASHINGTON", None, US, "", None),
    ("ATLANTA --", "ATLANTA", None, US, "", None),
    ("MILLBROOK -", "MILLBROOK", None, None, "", None),
    ("BATTLE CREEK —", "BATTLE CREEK", None, None, "", None),
    ("JEDDAH, Saudi Arabia --", "JEDDAH", None, "Saudi Arabia", "", None),
    ("CLEVELAND, Ohio —", "CLEVELAND", "Ohio", US, "", None),
    # Interfax's shape with a known city in Title Case
    ("Moscow. Nov 29 (Interfax) -", "Moscow", None, None, "Interfax", "Nov 29"),
    # a possessive, vouched for by the province after it
    ("ST. JOHN'S, N.L. —", "ST. JOHN'S", "N.L.", None, "", None),
    ("MARTHA'S VINEYARD, Mass. —", "MARTHA'S VINEYARD", "Mass.", US, "", None),
    ("Santa Barbara, California —", "Santa Barbara", "California", US, "", None),
    ("United Nations –", "United Nations", None, None, "", None),
    ("Berlin —", "Berlin", None, None, "", None),
    ("GROTON ―", "GROTON", None, None, "", None),
    ("NEW YORK and CHICAGO (December 22, 2013) —", "NEW YORK and CHICAGO", None, US, "",
     "December 22, 2013"),
    ("NEW YORK, Dec. 22, 2013 /PRNewswire/ --", "NEW YORK", None, US, "PRNewswire",
     "Dec. 22, 2013"),
    ("AUSTIN, Texas, Aug. 1, 2024 /PRNewswire/ --", "AUSTIN", "Texas", US, "PRNewswire",
     "Aug. 1, 2024"),
    ("NEW YORK, Aug. 1, 2024 (GLOBE NEWSWIRE) --", "NEW YORK", None, US, "GLOBE NEWSWIRE",
     "Aug. 1, 2024"),
    ("SAN FRANCISCO--(BUSINESS WIRE)--", "SAN FRANCISCO", None, US, "BUSINESS WIRE", None),
    # the same with spaced or en dashes, as web copy of releases sets them
    ("HALSTON, Ore. — (BUSINESS WIRE) —", "HALSTON", "Ore.", US, "BUSINESS WIRE", None),
    ("HALSTON, Fla.–(BUSINESS WIRE)–", "HALSTON", "Fla.", US, "BUSINESS WIRE", None),
    ("HALSTON, Fla. – (GLOBE NEWSWIRE) –", "HALSTON", "Fla.", US, "GLOBE NEWSWIRE", None),
    ("TORONTO, Aug. 1, 2024 /CNW/ -", "TORONTO", None, None, "CNW", "Aug. 1, 2024"),
    # release wires that put the date after their name
    ("VANCOUVER, BC / ACCESSWIRE / August 1, 2024 /", "VANCOUVER", "BC", None, "ACCESSWIRE",
     "August 1, 2024"),
    ("Toronto, Ontario--(Newsfile Corp. - August 1, 2024) -", "Toronto", "Ontario", None,
     "Newsfile Corp.", "August 1, 2024"),
    # national agencies of the Baltics, Iraq, Zimbabwe, Pakistan and Brazil
    ("Vilnius, Nov 29, BNS –", "Vilnius", None, None, "BNS", "Nov 29"),
    ("Almaty. November 29. KAZINFORM –", "Almaty", None, None, "KAZINFORM", "November 29"),
    ("MADRID, 29 (EUROPA PRESS) -", "MADRID", None, None, "EUROPA PRESS", "29"),  # the day alone
    # a province in parentheses, then the date: Europa Press's and EFE's regional copy
    ("SANTANDER (CANTABRIA), 29 (EUROPA PRESS) -", "SANTANDER", None, "CANTABRIA",
     "EUROPA PRESS", "29"),
    ("SANTANDER (CANTABRIA), 29 May. (EUROPA PRESS) -", "SANTANDER", None, "CANTABRIA",
     "EUROPA PRESS", "29 May."),
    ("Gijón (Asturias), 29 may (EFE).-", "Gijón", None, "Asturias", "EFE", "29 may"),
    ("BERLIN, 12 (dpa) -", "BERLIN", None, None, "dpa", "12"),
    ("Harare (New Ziana) -", "Harare", None, None, "New Ziana", None),
    ("Baghdad /INA/ -", "Baghdad", None, None, "INA", None),
    ("Karachi, Nov 29 (INP):", "Karachi", None, None, "INP", "Nov 29"),
    ("Brasilia, Nov 29 (Agência Brasil) -", "Brasilia", None, None, "Agência Brasil", "Nov 29"),
    # all-digit dates with the year: day first with full stops, ISO
    ("The Hague, 28.11.2026 (dpa) -", "The Hague", None, None, "dpa", "28.11.2026"),
    ("WARSAW, 2026-11-28 (PAP) --", "WARSAW", None, None, "PAP", "2026-11-28"),
    ("Prague, 1.12.2026 (CTK) -", "Prague", None, None, "CTK", "1.12.2026"),
    # every dash
    ("LONDON (Reuters) –", "LONDON", None, None, "Reuters", None),
    ("LONDON (Reuters) \u0097", "LONDON", None, None, "Reuters", None),
    ("LONDON (Reuters) \u0096", "LONDON", None, None, "Reuters", None),
    ("CNN —", None, None, None, "CNN", None),
]

# Whole paragraphs whose spacing or glue matters: (text, raw, city, agencies, body start).
GLUED: list[tuple[str, str, str | None, str, str]] = [
    ("WASHINGTON—The Senate voted.", "WASHINGTON—", "WASHINGTON", "", "The Senate"),
    ("WASHINGTON--The Senate voted.", "WASHINGTON--", "WASHINGTON", "", "The Senate"),
    ("WASHINGTON (AP)\u00a0—\u00a0The Senate voted.", "WASHINGTON (AP)\u00a0—", "WASHINGTON",
     "AP", "The Senate"),
    ("WASHINGTON (AP)\u0097The Senate voted.", "WASHINGTON (AP)\u0097", "WASHINGTON", "AP",
     "The Senate"),
    ("   LONDON (Reuters) - Shares fell.", "LONDON (Reuters) -", "LONDON", "Reuters", "Shares"),
    ("(CNN)The Senate voted.", "(CNN)", None, "CNN", "The Senate"),
    ("NEW DELHI, Jan 5 (PTI) The minister said.", "NEW DELHI, Jan 5 (PTI)", "NEW DELHI",
     "PTI", "The minister"),
    ("BEIJING, Nov. 1 , 2005 (Xinhua)\nThe ministry said.", "BEIJING, Nov. 1 , 2005 (Xinhua)",
     "BEIJING", "Xinhua", "The ministry"),
    ("WASHINGTON (AP) The Senate voted.", "WASHINGTON (AP)", "WASHINGTON", "AP", "The Senate"),
    ("SALVADOR, Feb 26 - Showers continued\nthroughout the week.", "SALVADOR, Feb 26 -",
     "SALVADOR", "", "Showers"),
    # the lede's first word set against the closing mark (Reuters' web copy, TASS)
    ("OSLO (Reuters) -The krone fell.", "OSLO (Reuters) -", "OSLO", "Reuters", "The krone"),
    ("OSLO (Reuters) –A ferry sank.", "OSLO (Reuters) –", "OSLO", "Reuters", "A ferry"),
    ("KAZAN, March 3. /TASS/.The mayor said.", "KAZAN, March 3. /TASS/.", "KAZAN", "TASS",
     "The mayor"),
    ("LAHORE, Oct 3 (APP):Federal Minister Ali Khan said.", "LAHORE, Oct 3 (APP):", "LAHORE",
     "APP", "Federal Minister"),
    # no comma after a place the lists lack, in capitals: a known agency vouches for it
    ("TARVIK Aug 4 (APP): The ferry line reopened.", "TARVIK Aug 4 (APP):", "TARVIK", "APP",
     "The ferry"),
    # a national agency's desk suffix (`-OT`: other than the agency's own reporting)
    ("Tarvik, June 05, 2013 (PPI-OT): The ferry line reopened.",
     "Tarvik, June 05, 2013 (PPI-OT):", "Tarvik", "PPI-OT", "The ferry"),
    # a compound's second half is no lede: the dash stays with it
    ("OSLO (Reuters) -based lenders said.", "OSLO (Reuters)", "OSLO", "Reuters", "-based"),
]

# Datelines on a line of their own (archives, feeds): (line, city, agencies, date_text).
OWN_LINE: list[tuple[str, str | None, str, str | None]] = [
    ("WASHINGTON (AP)", "WASHINGTON", "AP", None),
    ("BONN, West Germany (AP) ", "BONN", "AP", None),
    ("BEIJING, Nov. 1 , 2005 (Xinhua)", "BEIJING", "Xinhua", "Nov. 1 , 2005"),
    ("KIGALI, April 28 , 1997 (AFP)", "KIGALI", "AFP", "April 28 , 1997"),
    ("Strasbourg, 10 juil 2024 (AFP)", "Strasbourg", "AFP", "10 juil 2024"),
    ("NEW YORK, Feb 26", "NEW YORK", "", "Feb 26"),
    ("SALVADOR, Feb 26 -", "SALVADOR", "", "Feb 26"),
    ("WASHINGTON (AP) _", "WASHINGTON", "AP", None),
    ("CHATHAM, Mass.", "CHATHAM", "", None),
    ("   Nov. 2 (UPI)", None, "UPI", "Nov. 2"),
    ("BANGKOK, Thailand (AP) ", "BANGKOK", "AP", None),
    ("TOKYO, Jan. 5 Kyodo", "TOKYO", "Kyodo", "Jan. 5"),
    ("SANTANDER (CANTABRIA), 29 (EUROPA PRESS)", "SANTANDER", "EUROPA PRESS", "29"),
    ("HALSTON, Fla.–(BUSINESS WIRE)–", "HALSTON", "BUSINESS WIRE", None),
    # a slashed date, left unread (its order is the writer's country's), before the agency
    ("Vellmar, 10/05/1997 (ANA)", "Vellmar", "ANA", None),
]

# Prose, labels, captions and credits that open like datelines but are not.
NEGATIVES: list[str] = [
    "PARIS (the city of light) — it was a summer like no other.",  # an aside, not a name
    "SPRINGFIELD, Ill. (Capitol News Illinois) - the city council voted.",  # a light dash
    # an agency's name and a light dash over a headline's words: a label, no dateline
    "Breakingviews - Harbour bank merger is a deal with no harbour",
    # a known city in Title Case and a colon over a headline's words: a kicker
    "Paris: What to know about the strikes",
    "Gaza: Aid trucks stuck at the border as talks stall over the crossing, officials say",
    "Smithville: The town council will meet again on Monday to vote on the new budget.",
    "KYODO NEWS - Dec 1, 2026 - 10:05 | Business, All",  # an agency's time stamp line
    "Tillakaratne Dilshan (cricket) - Former Sri Lanka opener scored a century.",
    "Tillakaratne Dilshan (Cricket) - Former opener scored a century.",
    "Jane Doe (Labour), 29 May - said she would stand again.",  # no agency after the date
    "Jane Doe (Labour) -The MP said so.",  # a glued capital needs a known agency before it
    "OSLO -The krone fell.",
    # a kind of agency with no name before it, or a function word
    "Kassel (the news agency) – said nothing new.",
    "Kassel (Nachrichtenagentur) – sagte nichts.",
    # a `By` line before a place: a writer's, or an agency's words without the colon
    "By Jane Doe, Kolkata : The city voted on Tuesday to widen the coastal road again.",
    "By IANS, Kolkata police said on Friday: two men were held after the raid.",
    "By IANS, Smithville : The town voted on Tuesday to widen the coastal road again.",
    # a place in Title Case, a colon and no date: a description, not a dateline
    "Paris, France: a city of light, where the river runs and the lamps burn all night long.",
    # dated, but over a headline's words, or a place no list knows
    "Dubai, Oct 13, 2016: What to know about the new park",
    "Smithville, Oct 13, 2016: The town council voted to widen the coastal road again.",
    "The retailer (Amazon.com) - the biggest online - said sales rose.",
    "Mr. SMITH - said he would not run.",
    "WITH FRIENDS LIKE THESE - The senator's allies turned on him.",
    "With U.S. forces in Iraq (AP) — officers said the patrol was over.",
    "NEW: Officials say the road is closed.",
    "UPDATE 2-Oil prices rise on supply worries",
    "UPDATE: The council voted again on Tuesday",
    "WATCH: The moment the bridge closed",
    "WATCH: The moment the bridge opened",
    '"WE WILL FIGHT ON - " she told the crowd.',
    "“NEVER AGAIN —” was the slogan.",
    "Berlin - the capital is growing.",
    "FILE - In this photo, a man walks past a shop.",
    "EDITOR'S NOTE — This story contains graphic details.",
    "Nancy Doe (D-Calif.) — said the bill would pass.",
    "Sen. Jane Roe (R-Texas) — who chairs the panel, said.",
    "President Doe waves (AP Photo/Jane Roe) — in the rain.",
    "NEW YORK-based lenders said rates would rise.",
    "Meanwhile — the markets fell.",
    "BREAKING — A fire broke out downtown.",
    "IT WAS A DARK NIGHT - and stormy.",
    "IT MAY RAIN (AP) — forecasters said.",
    "WE MAY, Texas — and we will.",
    "IT'S THE END OF THE WORLD — and we know it.",
    "Moscow. Nov. 29 brought the first snow to the city.",
    "WHAT'S NEXT, Texas — the state decides.",  # `'S` of a pronoun is `is`, region or not
    "US - China talks resume on Monday.",
    "Jan. 6 — The riot was investigated.",
    "2018 - The year in review.",
    "(cricket) - The match was drawn.",
    "(Updated) - The story has changed.",
    "(B/R) — The draft boards are unclear.",
    "APPLE (AAPL): Free stock analysis report",
    "LOS ANGELES, CALIFORNIA - JUNE 03: An actor attends a gala at the zoo.",
    "ABOUT US — How to get published",
    "WCQ - AFC",
    "Bloomberg",
    "Thursday, Feb. 15 - Speedway practice",
    "Smith, Jones and Brown - said the report was late.",
    "By JANE DOE - Staff writer",
    "Washington, D.C.-based groups said they would sue.",
    "Cuban officials (L) meet with visitors in Moscow.",
    "I — for one — agree.",
    "Officials (AP) said on Friday.",
    "—WASHINGTON voted.",
    "The city (Reuters) - said nothing.",
    "",
    "   ",
    "(AP Photo/Jane Doe) — A crowd gathers.",
    "MORE",
    "Springfield, Mass. - The town voted.",
    "Paris, Texas is a small city - with a tower.",
    "The city (Reuters) - said nothing new.",
    "THE CITY - said nothing new.",
    "In Lisbon (AP) — the rain fell.",
    "Ana Petrova (SUI) — beat the champion in straight sets.",
    "Jane Doe (Sri Lanka) - The former captain retired.",
    "Jane Doe (Inter Miami) — scored twice.",
    "FACTBOX-Key facts about the vote",
    "BRIEF-Acme Corp says profit rose",
    "RPT-UPDATE 1-Oil rises",
    "Q&A: What the vote means",
    "Smith, 29 (the mayor) - said no.",  # a day alone counts only before an agency
    # digits that are no date: a decimal, a version number
    "Berlin, 3.5 (dpa) - million people voted.",
    "Version 2.1.2026 - released on Monday.",
]

# Lines that are not datelines on their own.
OWN_LINE_NEGATIVES: list[str] = [
    # a known city in Title Case and a colon over a headline's words: a kicker
    "Paris: What to know about the strikes",
    "Gaza: Aid trucks stuck at the border as talks stall over the crossing, officials say",
    "Smithville: The town council will meet again on Monday to vote on the new budget.",
    "Sunday, December 24, 2023",
    "Jane Doe, Kentucky",
    "Senior Editor Home Entertainment, US",
    "EXCITABLE (Tribute Band Show)",
    "The Daily Bugle, Reaction, Aug. 3, 2003",
    "NEW YORK",
    "Berlin",
    "Nov. 2, 2018",
    "(AP)",
    "(EPA)",
    "WASHINGTON (AP) — The Senate voted.",
    "APPLE (AAPL)",
    "COUNCIL APPROVES BUDGET",
    "BC-Budget-Council",
    "Maria Gomez (AP)",  # a writer's name and agency under a headline
    "Vellmar, 10/05/1997 (Orlen Group)",  # an unread date vouches for no unknown agency
]


def _agencies(joined: str) -> tuple[str, ...]:
    return tuple(joined.split("|")) if joined else ()


@pytest.mark.parametrize(
    ("raw", "city", "region", "country", "agencies", "date_text"), PARAGRAPH_DATELINES
)
def test_paragraph_datelines(
    raw: str,
    city: str | None,
    region: str | None,
    country: str | None,
    agencies: str,
    date_text: str | None,
) -> None:
    text = f"{raw} {BODY}"
    match = match_dateline(text)
    assert match is not None, raw
    assert (match.raw, match.city, match.region, match.country) == (raw, city, region, country)
    assert match.agencies == _agencies(agencies)
    assert match.date_text == date_text
    assert text[match.end :] == BODY


@pytest.mark.parametrize(("text", "raw", "city", "agencies", "rest"), GLUED)
def test_spacing_and_glue(text: str, raw: str, city: str | None, agencies: str, rest: str) -> None:
    match = match_dateline(text)
    assert match is not None
    assert (match.raw, match.city, match.agencies) == (raw, city, _agencies(agencies))
    assert text[match.end :].startswith(rest)


@pytest.mark.parametrize(("line", "city", "agencies", "date_text"), OWN_LINE)
def test_own_line_datelines(
    line: str, city: str | None, agencies: str, date_text: str | None
) -> None:
    match = match_dateline(line, own_line=True)
    assert match is not None, line
    assert (match.raw, match.city) == (line.strip(), city)
    assert match.agencies == _agencies(agencies)
    assert match.date_text == date_text
    assert match.end == len(line)


def test_own_line_ends_at_its_line() -> None:
    text = "WASHINGTON (AP)\n\nThe Senate voted."
    match = match_dateline(text, own_line=True)
    assert match is not None
    assert text[match.end :] == "The Senate voted."


@pytest.mark.parametrize("city", ["New Delhi", "Mumbai", "Washington"])
def test_a_known_city_in_title_case_closed_by_a_colon_opens_a_sentence(city: str) -> None:
    # NDTV and Indian papers; under ten words or with no full stop it is a kicker (NEGATIVES)
    lede = "The Supreme Court on Monday asked the government to reply to the plea within a week."
    match = match_dateline(f"{city}: {lede}")
    assert match is not None and (match.raw, match.city) == (f"{city}:", city)
    assert match_dateline(f"{city}: The court will rule next week") is None


@pytest.mark.parametrize("date_text", ["Oct 13, 2016", "Oct 13"])
def test_a_known_city_in_title_case_and_its_date_closed_by_a_colon(date_text: str) -> None:
    # Indian web copy: `Dubai, Oct 13, 2016: Superstar ...`
    lede = "Superstar Kiran Rao will open the park's stunt show next month, a statement said."
    match = match_dateline(f" Dubai, {date_text}: {lede}")
    assert match is not None
    assert (match.raw, match.city, match.date_text) == (f"Dubai, {date_text}:", "Dubai", date_text)


@pytest.mark.parametrize("text", NEGATIVES)
def test_prose_is_not_a_dateline(text: str) -> None:
    assert match_dateline(text) is None


@pytest.mark.parametrize("line", OWN_LINE_NEGATIVES)
def test_lines_that_are_not_datelines(line: str) -> None:
    assert match_dateline(line, own_line=True) is None


def test_table_sizes() -> None:
    """The issue asks for at least 100 variants and 20 negatives."""
    assert len(PARAGRAPH_DATELINES) + len(GLUED) + len(OWN_LINE) >= 100
    assert len(NEGATIVES) + len(OWN_LINE_NEGATIVES) >= 20


def test_only_at_the_start() -> None:
    assert match_dateline(f"{BODY} WASHINGTON (AP) — more") is None


def test_long_text_before_dash_is_not_a_dateline() -> None:
    long_place = "ALPHA BETA GAMMA DELTA EPSILON ZETA ETA THETA"
    assert match_dateline(f"{long_place} (AP) — text") is None


# --- the year -------------------------------------------------------------------------------

TODAY = date(2026, 11, 29)


def _match(raw: str) -> DatelineMatch:
    match = match_dateline(f"{raw} text")
    assert match is not None
    return match


def test_seed_shape_year_from_weekday() -> None:
    paragraph = (
        "Nov. 2 (UPI) -- The two presidents met Friday in the capital to review their "
        "partnership, officials said."
    )
    match = match_dateline(paragraph)
    assert match is not None
    got = resolve_date(match, paragraph, reference_date=None, today=TODAY)
    assert got == ("2018-11-02", "weekday")


@pytest.mark.parametrize(
    ("raw", "paragraph", "reference", "expected"),
    [
        ("STOCKHOLM, Aug 29, 2014 (AFP) -", "met Friday", None, ("2014-08-29", "explicit")),
        ("KIGALI, April 28 , 1997 (AFP) -", "", date(2001, 1, 1), ("1997-04-28", "explicit")),
        ("Strasbourg, 10 juil 2024 (AFP) -", "", None, ("2024-07-10", "explicit")),
        ("Bogotá, 5 de enero de 2024 (EFE).-", "", None, ("2024-01-05", "explicit")),
        ("SALVADOR, Feb 26 -", "", date(1987, 2, 26), ("1987-02-26", "reference")),
        ("LONDON, Dec 30 (Reuters) -", "", date(2024, 1, 2), ("2023-12-30", "reference")),
        ("LONDON, Jan 2 (Reuters) -", "", date(2023, 12, 30), ("2024-01-02", "reference")),
        ("Nov. 2 (UPI) --", "met Friday", date(2019, 11, 5), ("2019-11-02", "reference")),
        ("Nov. 2 (UPI) --", "no weekday here", None, ("2026-11-02", "assumed")),
        ("Dec. 5 (UPI) --", "nothing", None, ("2025-12-05", "assumed")),
        # Tomorrow is this year: Seoul's or Sydney's date runs a day ahead of the reader's.
        ("SEOUL, Nov. 30 (Yonhap) --", "data showed Monday", None, ("2026-11-30", "weekday")),
        ("SYDNEY, Nov. 30 (AAP) -", "", None, ("2026-11-30", "assumed")),
        ("Dec. 1 (UPI) --", "", None, ("2025-12-01", "assumed")),
        ("Nov. 2 (UPI) --", "met Friday and Saturday", None, ("2026-11-02", "assumed")),
        ("Nov. 2 (UPI) --", "on Friday and again Friday's", None, ("2018-11-02", "weekday")),
        ("Nov. 2 (UPI) --", "a Good Friday service", None, ("2026-11-02", "assumed")),
        ("Nov. 2 (UPI) --", "markets close on Fridays", None, ("2026-11-02", "assumed")),
        ("Nov. 2 (UPI) --", "MET FRIDAY", None, ("2018-11-02", "weekday")),
        ("Feb. 29 (UPI) --", "", None, ("2024-02-29", "assumed")),
        ("Feb. 29 (UPI) --", "", date(2023, 3, 1), ("2024-02-29", "reference")),
        ("(ANSA) - ROMA, 1 LUG -", "", date(2024, 6, 30), ("2024-07-01", "reference")),
        # the latest such date up to a month after the filing date, not the nearest
        ("Jan 30 (Reuters) -", "", date(2025, 11, 10), ("2025-01-30", "reference")),
        ("Dec. 12 (UPI) --", "", date(2025, 11, 20), ("2025-12-12", "reference")),
        ("WASHINGTON (AP) —", "met Friday", None, (None, None)),
        # the lede's weekday in the dateline's own language
        ("Valdemora, 6 abr (EFE).-", "ha anunciado este martes", None, ("2021-04-06", "weekday")),
        ("Valdemora, 6 abr (EFE).-", "el próximo martes", None, ("2026-04-06", "assumed")),
    ],
)
def test_resolve_date(
    raw: str,
    paragraph: str,
    reference: date | None,
    expected: tuple[str | None, str | None],
) -> None:
    assert resolve_date(_match(raw), paragraph, reference_date=reference, today=TODAY) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("June 12, 2015 / 10:05 AM / 3 years ago", PageDate(2015, date(2015, 6, 12))),
        # the age as one site sets it, and a label with its noun
        ("June 12, 2015 / 10:05 AM / in 3 years", PageDate(2015, date(2015, 6, 12))),
        ("Published Date : June 12, 2015", PageDate(2015, date(2015, 6, 12))),
        ("Friday, June 12, 2015", PageDate(2015, date(2015, 6, 12))),
        ("Fri, June 12, 2015", PageDate(2015, date(2015, 6, 12))),
        ("venerdì 12 giugno 2015", PageDate(2015, date(2015, 6, 12))),
        ("Veröffentlicht am 12. Juni 2015, 10:05 Uhr", PageDate(2015, date(2015, 6, 12))),
        ("2015-06-12 08:15:02 GMT2015-06-12 16:15:02(Beijing Time)  Xinhua English",
         PageDate(2015, date(2015, 6, 12))),
        ("12.06.2015 - Update : 13.06.2015", PageDate(2015, date(2015, 6, 12))),
        ("June 12, 2015 by Harbour Desk", PageDate(2015, date(2015, 6, 12))),
        # the writer before the date, as a byline's line sets the page's date
        ("By Harbour Staff | Jan. 03, 2015", PageDate(2015, date(2015, 1, 3))),
        ("By Jane Roe, June 12, 2015", PageDate(2015, date(2015, 6, 12))),
        ("By Jane Roe, Harbour Desk | Updated June 12, 2015 10:05 AM",
         PageDate(2015, date(2015, 6, 12))),
        ("By the time June 12, 2015 came, the ferry had gone", None),
        ("By Jane Roe | June 12", None),  # no year
        ("Updated: 06/13/2015 10:05 am", PageDate(2015, date(2015, 6, 13))),
        ("13/06/2015", PageDate(2015, date(2015, 6, 13))),
        # day or month first, by the site's country: the year alone is sure
        ("12/06/2015", PageDate(2015, None)),
        # a time before the date, after a section's name: a site's stamp
        ("14:18, June 12, 2015", PageDate(2015, date(2015, 6, 12))),
        ("All Headlines 16:11 June 12, 2015", PageDate(2015, date(2015, 6, 12))),
        ("10:05 AM EDT June 12, 2015", PageDate(2015, date(2015, 6, 12))),
        ("At 10:05 the ferry left on June 12, 2015", None),
        ("June 12 / 10:05 AM", None),  # no year
        ("June 12, 2015 was the wettest day of the year", None),
        ("Feb. 29, 2015", None),
        ("March 3, 1931 – May 5, 2024", None),  # a life's span, no page's date
        ("Ferry operator pledges new boats", None),
    ],
)
def test_page_date(line: str, expected: PageDate | None) -> None:
    assert page_date(line) == expected


@pytest.mark.parametrize(
    ("raw", "reference", "page", "expected"),
    [
        ("OSLO, June 11 (Reuters) -", None, PageDate(2015, date(2015, 6, 12)),
         ("2015-06-11", "page-date")),
        ("OSLO, Dec 31 (Reuters) -", None, PageDate(2016, date(2016, 1, 1)),
         ("2015-12-31", "page-date")),
        ("Oslo, June 11 -", None, PageDate(2015, None), ("2015-06-11", "page-date")),
        # a date the dateline writes, or the caller's reference date, comes first
        ("OSLO, June 11, 2014 (Reuters) -", None, PageDate(2015, date(2015, 6, 12)),
         ("2014-06-11", "explicit")),
        ("OSLO, June 11 (Reuters) -", date(2016, 6, 12), PageDate(2015, date(2015, 6, 12)),
         ("2016-06-11", "reference")),
    ],
)
def test_resolve_date_by_page_date(
    raw: str, reference: date | None, page: PageDate, expected: tuple[str, str]
) -> None:
    got = resolve_date(
        _match(raw), "met Thursday", reference_date=reference, today=TODAY, page=page
    )
    assert got == expected


def test_a_page_date_the_ledes_weekday_gainsays_is_not_taken() -> None:
    # `September 11, 2001` under the headline of an anniversary story: the lede's
    # Saturday says which year's September 11 it is.
    got = resolve_date(
        _match("NEW YORK, Sept. 11 (UPI) --"),
        "Crowds gathered on Saturday",
        reference_date=None,
        today=TODAY,
        page=PageDate(2001, date(2001, 9, 11)),
    )
    assert got[1] == "weekday" and got[0] is not None and got[0].endswith("-09-11")
    assert date.fromisoformat(got[0]).weekday() == 5


def test_explicit_impossible_date_has_no_date() -> None:
    match = _match("LONDON, Feb 29, 2023 (Reuters) -")
    assert resolve_date(match, "", reference_date=None, today=TODAY) == (None, None)


def test_named_weekdays() -> None:
    assert named_weekdays("met Friday and Black Friday") == {4}
    assert named_weekdays("Monday, then TUESDAY") == {0, 1}
    assert named_weekdays("fridays and monday") == set()
    assert named_weekdays("met Friday; talks resume Wednesday, Nov. 8") == {4}
    assert named_weekdays("On Friday, 3 people were hurt") == {4}
    # a day the clause puts ahead is not the dateline's
    assert named_weekdays("The metro will run extra trains on Sunday.") == set()
    assert named_weekdays("Talks are set to resume next Friday.") == set()
    assert named_weekdays("Talks will resume next week, he said Friday.") == {4}
    assert named_weekdays("The trains will run on Sunday, officials said Friday.") == {4}
    assert named_weekdays("He said she would leave Tarvik Thursday.") == set()
    assert named_weekdays("The minister is to leave Tarvik Thursday.") == set()
    assert named_weekdays("Police would not say Friday who was held.") == {4}
    assert named_weekdays("A spokesman would only say Friday that talks went on.") == {4}


def test_foreign_weekdays() -> None:
    assert foreign_weekdays("ha anunciado este martes") == {1}
    assert foreign_weekdays("a annoncé ce mardi, puis ce lundi") == {0, 1}
    assert foreign_weekdays("sagte an diesem Dienstagabend") == {1}
    assert foreign_weekdays("disse nesta terça-feira") == {1}
    # a bare weekday is as often a day or two before the dateline's; a capitalised
    # Romance weekday is a name
    assert foreign_weekdays("a assuré, mercredi, le directeur") == set()
    assert foreign_weekdays("el próximo martes, mardi prochain") == set()
    assert foreign_weekdays("Santo Domingo, Mardi Gras") == set()


def test_a_future_weekday_does_not_set_the_datelines_year() -> None:
    story = wirecheck.parse(
        "Metro to run extra trains for cricket final\n\n"
        "New Delhi, Mar 3 (PTI) The Delhi Metro will run additional trains on Sunday for the "
        "cricket final, officials said.\n",
        check=False,
        today=date(2026, 11, 29),
    )
    assert story.dateline is not None
    assert (story.dateline.date, story.dateline.year_source) == ("2026-03-03", "assumed")


def test_a_reported_future_weekday_does_not_hide_the_ledes() -> None:
    story = wirecheck.parse(
        "Spokesman says border rumor baseless\n\n"
        "Tarvik, Jan 23, KNA -- Foreign Ministry spokesman Olen Varga said here Sunday that talk "
        'of foreign troops was "quite baseless." He said Foreign Minister Ruta Dass would leave '
        "Tarvik Thursday to take part in the Norvale forum.\n",
        check=False,
        today=date(2026, 11, 29),
    )
    assert story.dateline is not None
    assert (story.dateline.date, story.dateline.year_source) == ("2022-01-23", "weekday")


def test_weekday_dates() -> None:
    text = "on Friday, Nov. 3, then Saturday (4 November 2023) and Sunday, 5 people"
    assert list(weekday_dates(text)) == [(3, 9, 4, 11, 3, None), (24, 32, 5, 11, 4, 2023)]


def test_weekday_given_with_its_own_date_does_not_fix_the_year() -> None:
    match = _match("Nov. 2 (UPI) --")
    paragraph = "Nov. 2 (UPI) -- Talks resume Wednesday, Nov. 8."
    assert resolve_date(match, paragraph, reference_date=None, today=TODAY)[1] == "assumed"


def test_source_reference_date() -> None:
    assert source_reference_date(["text", "AP-NY-08-07-98 0618EDT", ""]) == date(1998, 8, 7)
    assert source_reference_date(["AP-WF-02-20-16 0337GMT"]) == date(2016, 2, 20)
    assert source_reference_date(["AP-WF-13-40-16 0337GMT", "no trailer"]) is None
    assert source_reference_date(["A story about AP-NY-08-07-98 0618EDT codes."]) is None


def test_date_parts() -> None:
    assert date_parts("Nov. 1 , 2005") == (11, 1, 2005)
    assert date_parts("1 LUG") == (7, 1, None)
    assert date_parts("5. Januar") == (1, 5, None)
    assert date_parts("Sept.  14") == (9, 14, None)
    assert date_parts("Feb 30") is None
    assert date_parts("Nov. 2 text") is None
    assert date_parts("Friday, February 08, 2019") == (2, 8, 2019)
    assert date_parts("Friday February 8") == (2, 8, None)
    assert date_parts("Friday") is None


def test_to_dateline() -> None:
    paragraph = "SPRINGFIELD, Mass., Oct. 31 (UPI) -- The council met Wednesday."
    match = match_dateline(paragraph)
    assert match is not None
    got = to_dateline(match, 7, paragraph, reference_date=date(2018, 11, 1), today=TODAY)
    assert got == Dateline(
        raw="SPRINGFIELD, Mass., Oct. 31 (UPI) --",
        city="SPRINGFIELD",
        region="Mass.",
        country="United States",
        agencies=("UPI",),
        date_text="Oct. 31",
        date="2018-10-31",
        year_source="reference",
        line=7,
    )
    assert got.to_dict()["agencies"] == ["UPI"]


def test_find_loose() -> None:
    line = "WASHINGTON (AP)\u00a0\u0097 The Senate"
    assert find_loose("WASHINGTON (AP)", line) == (0, 15)
    assert find_loose("Sept. 14", "x Sept.  14 (UPI)") == (2, 11)
    assert find_loose("absent", line) is None
    assert find_loose("", line) is None


# --- robustness -------------------------------------------------------------------------------

HOSTILE = [
    "(" * 2_000_000,
    "WASHINGTON, " * 200_000,
    "(AP) " * 400_000,
    "-- " * 700_000,
    "Nov. 2 " * 300_000,
    "WASHINGTON" + "\u00a0" * 2_000_000,
    "A/" * 1_000_000,
    "WASHINGTON (AP)" + " " * 2_000_000 + "x",
    " " * 2_000_000,
]


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_input_is_fast(text: str) -> None:
    started = time.perf_counter()
    match_dateline(text)
    match_dateline(text, own_line=True)
    assert time.perf_counter() - started < 0.5


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("AB ,.-—_()/:\n1290NovMaySept'")), max_size=80))
def test_any_text_gives_a_consistent_match_or_none(text: str) -> None:
    for own_line in (False, True):
        match = match_dateline(text, own_line=own_line)
        if match is None:
            continue
        assert match.raw and match.raw in text
        assert 0 < match.end <= len(text)
        assert text[match.end :] == text[match.end :].lstrip()
        if match.date_text is not None:
            assert match.date_text in match.raw
            assert date_parts(match.date_text) is not None


def test_cheap_cue_lets_through_only_dateline_punctuation() -> None:
    """The pre-test before the grammar: a paragraph with no bracket, dash, slash or colon
    near its start cannot open with a dateline, and must not reach the grammar."""
    from wirecheck.dateline import _cued

    assert not _cued("the minister said on friday that talks would resume")
    assert not _cued("Überraschend äußerte sich der Minister")
    for cue in "(/_:-—–―‒−\u0096\u0097":
        assert _cued(f"PARIS {cue} text"), cue
    # a hyphen inside a word is no cue; beside a space, doubled or last it is
    assert not _cued("the short-term budget keeps ferries running")
    for text in ("TEHRAN- As", "PARIS -text", "Nov. 2 (UPI)--", "LONDON -"):
        assert _cued(text), text


def test_own_line_dateline_before_a_long_line_of_the_same_paragraph() -> None:
    """The own-line pre-test looks at the first line only: a dateline line followed, in the
    same paragraph, by a long line still matches; one long line does not."""
    sentence = "The town voted on Tuesday to close the harbor. " * 8
    match = match_dateline("CHATHAM, Mass.\n" + sentence, own_line=True)
    assert match is not None and match.raw == "CHATHAM, Mass."
    assert match_dateline("CHATHAM, Mass. " + sentence.lower(), own_line=True) is None


@pytest.mark.parametrize(
    ("text", "raw"),
    [
        ("WASHINGTON (AP) â€” The Senate voted.", "WASHINGTON (AP) â€”"),
        ("LONDON, March 3 (Reuters) â€“ The Senate voted.", "LONDON, March 3 (Reuters) â€“"),
        ("BAGHDAD â€” The Senate voted.", "BAGHDAD â€”"),
        ("GROTON â€• The Senate voted.", "GROTON â€•"),  # a horizontal bar
        # read as Greek (cp1253) or Cyrillic (cp1251) Windows code pages
        ("MELBOURNE, Australia (AP) β€” The Senate voted.", "MELBOURNE, Australia (AP) β€”"),
        ("KYIV, Ukraine (AP) вЂ“ The Senate voted.", "KYIV, Ukraine (AP) вЂ“"),
    ],
)
def test_a_dash_turned_to_mojibake_still_closes_the_dateline(text: str, raw: str) -> None:
    # UTF-8 copy once read as Windows-1252: the dash is three characters, kept as written
    match = match_dateline(text)
    assert match is not None
    assert match.raw == raw
    assert text[match.end :].lstrip() == "The Senate voted."


def test_mojibake_inside_a_sentence_is_not_a_dateline_dash() -> None:
    assert match_dateline("Officials said â€” on Tuesday — that the vote was close.") is None


@pytest.mark.parametrize(
    ("text", "raw", "city"),
    [
        # the page's headline printed again, run into the dateline
        ("Ferry cuts announced for VellmarHarbourton, 6 set. (askanews) – Il servizio "
         "verso Kessel sarà ridotto.", "Harbourton, 6 set. (askanews) –", "Harbourton"),
        # a photo credit ending in its agency, run into a place in capitals
        ("Port Ministry Press Service/Handout via REUTERSHARBOURTON, Jan 24 (Reuters) - "
         "Several port officials resigned.", "HARBOURTON, Jan 24 (Reuters) -", "HARBOURTON"),
        # the headline again with a space between, before a city in capitals
        ("Ferry cuts announced for Vellmar HARBOURTON, Jan 24 (Reuters) - Several port "
         "officials resigned.", "HARBOURTON, Jan 24 (Reuters) -", "HARBOURTON"),
    ],
)
def test_a_dateline_glued_to_the_text_before_it(text: str, raw: str, city: str) -> None:
    match = match_dateline(text)
    assert match is not None
    assert (match.raw, match.city) == (raw, city)
    assert text[match.end :].split()[0] in ("Il", "Several")


@pytest.mark.parametrize(
    "text",
    [
        # no agency, or no date: the full wire shape only
        "Ferry cuts announced for VellmarHarbourton, 6 set. – Il servizio è ridotto.",
        "Ferry cuts announced for VellmarHarbourton (askanews) – Il servizio è ridotto.",
        # a name written with a capital inside joins no words
        "Veterans honour MacArthur, Jan 5 (AP) — and the port reopened.",
        # a sentence ended before the join: prose, not a headline or a credit
        "The port reopened. Crews left VellmarHarbourton, Jan 5 (Reuters) - on Friday.",
        # one letter before the join: a brand's name
        "Sales of the new iPhone, Jan 5 (Reuters) - rose sharply, the maker said.",
        # after a space, only a city in capitals: prose names places in Title Case
        "Ferry cuts announced for Vellmar Harbourton, Jan 5 (Reuters) - Crews left.",
        # after a space, a sentence ended before it: prose
        "The port reopened. Crews left HARBOURTON, Jan 5 (Reuters) - on Friday.",
    ],
)
def test_glued_words_that_are_no_dateline(text: str) -> None:
    assert match_dateline(text) is None


def test_a_glued_dateline_keeps_the_text_before_it() -> None:
    story = wirecheck.parse(
        "Ferry cuts announced for Vellmar\n\nFerry cuts announced for VellmarHarbourton, "
        "6 set. (askanews) – Il servizio verso Kessel sarà ridotto dal mese prossimo.\n"
    )
    assert story.dateline is not None and story.dateline.city == "Harbourton"
    assert story.body[0].startswith("Il servizio")
    assert [(r.text, r.reason) for r in story.removed] == [
        ("Ferry cuts announced for Vellmar", "duplicate-headline")
    ]


def test_a_headline_printed_again_before_a_dateline_in_capitals() -> None:
    story = wirecheck.parse(
        "Ferry cuts announced for Vellmar\n\nFerry cuts announced for Vellmar HARBOURTON, "
        "Jan 24 (Reuters) - Several port officials resigned on Friday over the cuts.\n"
    )
    assert story.dateline is not None and story.dateline.city == "HARBOURTON"
    assert story.body == ("Several port officials resigned on Friday over the cuts.",)
    assert [(r.text, r.reason) for r in story.removed] == [
        ("Ferry cuts announced for Vellmar", "duplicate-headline")
    ]


@pytest.mark.parametrize("name", ["HARBOURNEWS", "KESSELTIMES", "VELLMARTV"])
def test_a_site_crediting_itself_is_no_place(name: str) -> None:
    # Jordanian and other sites open their copy with their own name and a dash
    assert match_dateline(f"{name} - The port ministry on Tuesday condemned an attack.") is None
    assert match_dateline("HARBOURTON - The port ministry condemned an attack.") is not None


@pytest.mark.parametrize(
    ("text", "city", "date_text"),
    [
        ("Tarvik, Ramadan 22, 1452 — Selva papers wrote on it.", "Tarvik", "Ramadan 22, 1452"),
        ("TARVIK, 3 Shawwal 1452 (KNA) -- The cabinet met today.", "TARVIK", "3 Shawwal 1452"),
    ],
)
def test_a_hijri_date_is_read_as_written(text: str, city: str, date_text: str) -> None:
    # Gulf agencies date by the Hijri calendar: the dateline is read, its date not converted
    match = match_dateline(text)
    assert match is not None and (match.city, match.date_text) == (city, date_text)
    story = wirecheck.parse(f"Selva Press\n\n{text}\n")
    assert story.dateline is not None and story.dateline.date is None
    assert match_dateline("Tarvik, Ramadan 22 the cabinet met on the harbour.") is None


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("KESSEL TIMES, May 18 – Dravnik is a partner, the minister said.", "KESSEL TIMES"),
        ("Kessel Herald, May 18 – Dravnik is a partner, the minister said.", "Kessel Herald"),
        ("VELLMAR POST - The port ministry condemned an attack.", "VELLMAR POST"),
    ],
)
def test_an_outlets_name_in_the_place_slot_is_its_source(text: str, outlet: str) -> None:
    # A site puts its own name over an agency's story where the place goes
    match = match_dateline(text)
    assert match is not None and (match.city, match.agencies) == (None, (outlet,))
    assert match_dateline("Kessel Herald - the paper said it would close.") is None
    kept = match_dateline("NEWPORT NEWS, Va. (AP) — A ship sank in the harbour.")
    assert kept is not None and kept.city == "NEWPORT NEWS"


@pytest.mark.parametrize("line", ["ANKARA", "ISTANBUL", "NEW YORK", "BEIJING", "Ankara"])
def test_a_known_city_alone_is_a_dateline_only_when_asked(line: str) -> None:
    """Anadolu's layout: the city alone on its line. The story around it must vouch for it
    (the caller asks with ``bare_place`` where the lede follows)."""
    assert match_dateline(line, own_line=True) is None
    match = match_dateline(line, own_line=True, bare_place=True)
    assert match is not None
    assert (match.raw, match.city, match.agencies) == (line, line, ())


def test_a_known_city_in_title_case_and_its_date_alone_on_its_line_needs_asking() -> None:
    """IANS's web copy: `New York, May 20` on its own line over the lede. A listing's
    entries open so too: the story around it must vouch for it, as for a bare city."""
    line = "New York, May 20"
    assert match_dateline(line, own_line=True) is None
    match = match_dateline(line, own_line=True, bare_place=True)
    assert match is not None and (match.city, match.date_text) == ("New York", "May 20")
    assert match_dateline("Smithville, May 20", own_line=True, bare_place=True) is None


def test_a_known_city_its_known_country_and_date_alone_on_its_line_need_asking() -> None:
    """Trend's `Ankara, Turkey, July 13`: a country the lists know may follow the city
    before the date; an unknown one, or none and no date, is no such dateline."""
    line = "Berlin, Germany, July 13"
    assert match_dateline(line, own_line=True) is None
    match = match_dateline(line, own_line=True, bare_place=True)
    assert match is not None
    assert (match.city, match.country, match.date_text) == ("Berlin", "Germany", "July 13")
    assert match_dateline("Berlin, Vellmar, July 13", own_line=True, bare_place=True) is None
    assert match_dateline("Berlin, Germany", own_line=True, bare_place=True) is None


# (In Title Case, `Ankara`, the caller asks only where no menu's items come before it.)
@pytest.mark.parametrize("line", ["POLITICS", "Politics", "SPRINGFIELD", "ANKARA TODAY", "ankara"])
def test_bare_place_needs_a_known_city(line: str) -> None:
    assert match_dateline(line, own_line=True, bare_place=True) is None


def test_a_bare_city_over_the_lede_is_the_dateline_but_not_over_a_menu() -> None:
    lede = (
        "The city council on Tuesday approved a plan to widen the coastal road, officials "
        "said, after two years of hearings over the cost."
    )
    story = wirecheck.parse(f"Council approves coastal road plan\n\nANKARA\n\n{lede}\n")
    assert story.dateline is not None and story.dateline.city == "ANKARA"
    assert story.paragraphs[0].text == lede
    menu = "\n\n".join(["Politics", "Economy", "World", "Sports"])
    page = wirecheck.parse(f"Council approves coastal road plan\n\nANKARA\n\n{menu}\n\n{lede}\n")
    assert page.dateline is None or page.dateline.city != "ANKARA"


def test_the_dateline_memo_keys_on_the_flags_and_keeps_no_long_text() -> None:
    """The parser asks about a paragraph more than once; the memo answers the same as the
    grammar, tells the own-line question from the paragraph one, and never keeps a long
    text (a 2 MB line must not stay in memory)."""
    from wirecheck.dateline import _memo_dateline

    line = "CHATHAM, Mass."
    assert match_dateline(line) is None
    assert match_dateline(line, own_line=True) is not None
    assert match_dateline(line) is None
    _memo_dateline.cache_clear()
    long = "WASHINGTON (AP) \u2014 " + "word " * 400
    first = match_dateline(long)
    assert first is not None and first == match_dateline(long)
    assert _memo_dateline.cache_info().currsize == 0


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("S\u00c3\u0192O PAULO, Feb 26 (Reuters) - Mills", "S\u00c3\u0192O PAULO"),  # mojibake
        ("ASUNCI\u00c3\u201cN, Paraguay (AP) \u2014 Rain", "ASUNCI\u00c3\u201cN"),
        ("S\ufffdO PAULO, Feb 26 (Reuters) - Mills", "S\ufffdO PAULO"),  # a lost letter
        ("S&Atilde;O PAULO, Feb 26 (Reuters) - Mills", "S&Atilde;O PAULO"),  # a reference
    ],
)
def test_a_place_whose_letters_the_file_garbled_is_still_a_dateline(text: str, city: str) -> None:
    # The place stays as written; its agency and date are read as for clean copy.
    match = match_dateline(text)
    assert match is not None and match.city == city
    assert match.agencies in (("Reuters",), ("AP",))


def test_a_dash_run_into_a_place_is_no_garbled_letter() -> None:
    match = match_dateline("WASHINGTON\u2014The Senate voted on Tuesday.")
    assert match is not None and match.raw == "WASHINGTON\u2014"


@pytest.mark.parametrize(
    ("text", "city", "region", "country"),
    [
        # A region or country named with `and`: the phrase reader stops at `and`.
        (
            "Srinagar (Jammu and Kashmir) [India], November 28 (ANI): Snow fell.",
            "Srinagar",
            "Jammu and Kashmir",
            "India",
        ),
        (
            "ST. JOHN'S, Newfoundland and Labrador (AP) \u2014 The fishery",
            "ST. JOHN'S",
            "Newfoundland and Labrador",
            None,
        ),
        (
            "PORT OF SPAIN, Trinidad and Tobago (AP) \u2014 The fishery",
            "PORT OF SPAIN",
            None,
            "Trinidad and Tobago",
        ),
        # Initials and abbreviations inside a place in capitals.
        (
            "ABOARD THE USS GERALD R. FORD (AP) \u2014 The Navy said",
            "ABOARD THE USS GERALD R. FORD",
            None,
            None,
        ),
        (
            "ALONG THE U.S.-MEXICO BORDER (AP) \u2014 Agents said",
            "ALONG THE U.S.-MEXICO BORDER",
            None,
            None,
        ),
    ],
)
def test_places_with_and_initials_or_abbreviations_inside(
    text: str, city: str, region: str | None, country: str | None
) -> None:
    match = match_dateline(text)
    assert match is not None and match.city == city
    assert (match.region, match.country) == (region, country)


def test_an_and_after_a_comma_joins_only_a_region_the_lists_know() -> None:
    # `Smith and Jones` is no region: without the lists' word, no dateline.
    assert match_dateline("PARIS, Smith and Jones (AP) \u2014 The talks") is None
    match = match_dateline("PARIS, Texas (AP) \u2014 Smith and Jones said")
    assert match is not None and match.region == "Texas"


@pytest.mark.parametrize("line", ["IZMIR", "\u0130ZM\u0130R", "\u0130STANBUL", "KHARKIV", "ODESA"])
def test_provincial_and_conflict_zone_cities_stand_alone_on_their_line(line: str) -> None:
    # Anadolu sets the city alone over the lede, with Turkish capitals (`İ`).
    match = match_dateline(line, own_line=True, bare_place=True)
    assert match is not None and match.city == line


def test_a_single_initial_is_no_place() -> None:
    assert match_dateline("R. Smith said on Tuesday that the talks had failed.") is None


@pytest.mark.parametrize(
    "text",
    [
        "LAGOS, Nigeria (AP) &mdash; A ferry service began on Monday.",  # an HTML reference
        "LAGOS, Nigeria (AP) &#8212; A ferry service began on Monday.",
        "LAGOS, Nigeria (AP) ? A ferry service began on Monday.",  # a 7-bit conversion
        "LAGOS, Nigeria (AP) \ufffd A ferry service began on Monday.",  # lost in decoding
        "LAGOS, Nigeria (AP) \u00d1 A ferry service began on Monday.",  # Mac Roman's em dash
        "LAGOS, Nigeria\uff08AP\uff09\u2014 A ferry service began on Monday.",  # fullwidth
    ],
)
def test_a_dash_the_file_damaged_still_closes_the_dateline(text: str) -> None:
    match = match_dateline(text)
    assert match is not None and (match.city, match.agencies) == ("LAGOS", ("AP",))
    assert text[match.end :].strip().startswith("A ferry")


@pytest.mark.parametrize("place", ["TEHRAN", "BATTLE CREEK"])
def test_a_lost_dash_after_a_place_in_capitals_closes_the_dateline(place: str) -> None:
    # Web copy's `TEHRAN – Tens of` saved in a 7-bit or Latin-1 file.
    text = f"{place} ? Tens of thousands attended the funeral on Friday, officials said."
    match = match_dateline(text)
    assert match is not None and (match.city, match.raw) == (place, f"{place} ?")
    # Prose of that shape: a question after a word in capitals.
    assert match_dateline(f"{place} ? what is that, and why does it matter to us?") is None
    assert match_dateline(f"{place}? Tens of thousands attended the funeral on Friday.") is None


@pytest.mark.parametrize("place", ["Nairobi", "Berlin, March 3", "Rio de Janeiro"])
def test_a_lost_dash_after_a_known_city_in_any_case_closes_the_dateline(place: str) -> None:
    # dpa's and the web's title-case datelines (`Nairobi – Kenya's`) saved as Latin-1.
    text = f"{place} ? Kenya's president signed the bill on Tuesday, officials said."
    match = match_dateline(text)
    assert match is not None and match.raw == f"{place} ?"
    assert match_dateline(f"{place}? Kenya's president signed the bill on Tuesday.") is None
    # A word that is no city the lists know, before a spaced question mark, stays prose.
    assert match_dateline("Somewhere ? Nobody knows where the ferry went, he said.") is None


@pytest.mark.parametrize("place", ["NEW YORK", "Singapore", "LONDON, March 3"])
def test_a_house_bullet_in_the_dash_place_closes_the_dateline(place: str) -> None:
    # The Straits Times sets a bullet where others set a dash.
    text = f"{place} \u2022 US cases of the virus passed six million on Sunday, a tally showed."
    match = match_dateline(text)
    assert match is not None and match.raw == f"{place} \u2022"
    # A section label in capitals over a lede is no place.
    assert match_dateline("SPORTS \u2022 The Lakers won their fifth game in a row.") is None
    assert match_dateline(f"{place} \u2022 WHAT TO KNOW ABOUT THE VIRUS") is None
    # A page's row of tags is no dateline either.
    assert match_dateline("Singapore \u2022 Politics") is None
    assert match_dateline("London \u2022 Paris \u2022 Berlin \u2022 Madrid") is None


@pytest.mark.parametrize("place", ["ST. LOUIS", "Singapore", "LONDON, March 3"])
def test_a_house_bullet_turned_to_mojibake_still_closes_the_dateline(place: str) -> None:
    # UTF-8 copy once read as Windows-1252: the bullet is three characters, kept as written
    bullet = "\u00e2\u20ac\u00a2"
    text = f"{place} {bullet} The city council voted on Friday to raise the fees."
    match = match_dateline(text)
    assert match is not None and match.raw == f"{place} {bullet}"
    assert text[match.end :].lstrip() == "The city council voted on Friday to raise the fees."
    # A section label and a row of tags are no dateline, as with the bullet itself.
    assert match_dateline(f"SPORTS {bullet} The Lakers won their fifth game in a row.") is None
    assert match_dateline(f"London {bullet} Paris {bullet} Berlin {bullet} Madrid") is None


def test_a_question_mark_after_a_parenthesis_is_no_dash_without_an_agency() -> None:
    assert match_dateline("What did Smith (R) ? do on Monday?") is None
    assert match_dateline("Is it (maybe) ? Nobody knows.") is None


@pytest.mark.parametrize("city", ["Cape Town", "Johannesburg"])
def test_a_known_city_and_a_hyphen_over_a_sentence_is_a_dateline(city: str) -> None:
    # IOL's and ANA's house style: no agency, no date, a plain hyphen.
    text = f"{city} - A taxi strike that stranded thousands of commuters has ended, officials said."
    match = match_dateline(text)
    assert match is not None and (match.city, match.raw) == (city, f"{city} -")
    # Prose of the same shape: a lower-case word after the hyphen, or a fragment.
    assert match_dateline(f"{city} - the city has changed a lot since 1994, residents say.") is None
    assert match_dateline(f"{city} - Five things to do.") is None


def test_only_a_release_wire_is_read_past_a_dash_after_the_place() -> None:
    # After a news agency's place, a dash and a bracket open the lede: the dateline ends at
    # the dash, as it always did.
    match = match_dateline("HALSTON, Ore. — (Reuters) — The ferry line cut its sailings.")
    assert match is not None and (match.raw, match.agencies) == ("HALSTON, Ore. —", ())


def test_a_release_with_spaced_dashes_around_its_wire_has_no_second_dateline() -> None:
    text = (
        "Orlen Biotech opens an enzyme unit\n\n"
        "HALSTON, Ore. — (BUSINESS WIRE) — Orlen Biotech opened a unit for enzyme work.\n\n"
        "The unit will be led by Tomas Reiner, the company said.\n"
    )
    story = wirecheck.parse(text, check=True, today=date(2026, 12, 3))
    assert story.dateline is not None and story.dateline.agencies == ("BUSINESS WIRE",)
    assert story.body[0].startswith("Orlen Biotech opened")
    assert not [d for d in story.diagnostics if d.code == "WC205"]


@pytest.mark.parametrize(
    ("prefix", "raw", "agencies"),
    [
        ("(MENAFN- Halston News Agency (KUNA))", "KUWAIT -", ()),
        ("(MENAFN- Orlen Daily)", "KUWAIT, Nov 22 (KUNA) --", ("KUNA",)),
        ("(Syndix- Orlen Daily (HPA))", "HALSTON, Ore. (AP) —", ("AP",)),
    ],
)
def test_a_syndicators_source_credit_before_the_dateline_is_read_past(
    prefix: str, raw: str, agencies: tuple[str, ...]
) -> None:
    text = f"{prefix} {raw} {BODY}"
    match = match_dateline(text)
    assert match is not None and (match.raw, match.agencies) == (raw, agencies)
    assert text[match.end :] == BODY
    # Over prose it is no dateline.
    assert match_dateline(f"{prefix} The council voted on Tuesday to widen the road.") is None


def test_a_syndicated_lede_stays_the_storys_first_paragraph() -> None:
    text = (
        "(MENAFN- Halston News Agency (KUNA)) KUWAIT - The Orlen Line ferry company cut its"
        " winter sailings by a third, its chief executive said.\n\n"
        "The company will add a summer route, he said. (end)\n"
    )
    story = wirecheck.parse(text)
    assert story.dateline is not None and story.dateline.raw == "KUWAIT -"
    assert story.body[0].startswith("The Orlen Line ferry company")
    assert story.headline is None


def test_a_dateline_with_a_slashed_date_on_its_own_line_is_read_not_removed() -> None:
    text = (
        "Ferry operator cuts winter sailings\n"
        "Vellmar, 10/05/1997 (ANA)\n"
        "The Orlen Line ferry company cut its winter sailings by a third,\n"
        "its chief executive said yesterday at an event in Vellmar.\n"
    )
    story = wirecheck.parse(text)
    assert story.dateline is not None
    assert (story.dateline.city, story.dateline.agencies) == ("Vellmar", ("ANA",))
    assert story.dateline.date is None
    assert not story.removed


@pytest.mark.parametrize("raw", ["MANAGUA.-", "Lima.-"])
def test_a_known_place_closed_by_a_stop_and_hyphen_is_a_spanish_dateline(raw: str) -> None:
    match = match_dateline(f"{raw} La policía decomisó 300 kilos de café, informó una fuente.")
    assert match is not None and match.raw == raw and match.agencies == ()


@pytest.mark.parametrize(
    "text", ["AHORA.- La policía decomisó café.", "ÚLTIMA HORA.- El puerto cerró."]
)
def test_a_label_closed_by_a_stop_and_hyphen_is_no_dateline(text: str) -> None:
    assert match_dateline(text) is None


def test_a_spanish_file_photo_label_is_no_dateline_and_the_lede_s_is_read() -> None:
    text = (
        "Vellmar anuncia el cierre de la naviera\n\n"
        "ARCHIVO - En esta foto, la directora de la naviera, Ana Roe, habla en el puerto de"
        " Harbourton, el 19 de julio de 2019. (Oficina de Prensa de Vellmar, vía AP, Archivo)\n\n"
        "HARBOURTON – Los días de la naviera estatal de Vellmar están contados. El alcalde"
        " Tomás Vrell informó el viernes que su gobierno trabaja en un acuerdo.\n"
    )
    assert match_dateline("ARCHIVO - En esta foto, la directora habla en el puerto.") is None
    story = wirecheck.parse(text)
    assert story.dateline is not None and story.dateline.raw == "HARBOURTON –"


def test_a_place_in_capitals_and_its_date_in_parentheses_closed_by_a_colon() -> None:
    text = "HARBOURTON (Dec 4): The ferry operator cut its winter timetable by half today."
    match = match_dateline(text)
    assert match is not None and match.raw == "HARBOURTON (Dec 4):"
    assert (match.city, match.date_text, match.agencies) == ("HARBOURTON", "Dec 4", ())


@pytest.mark.parametrize(
    "text",
    [
        "UPDATE (Dec 4): The ferry operator has since restored its timetable.",
        "HARBOURTON (Dec 4): the ferry operator cut its timetable.",
        "Harbourton (Dec 4): The ferry operator cut its timetable.",
    ],
)
def test_a_parenthesised_date_and_colon_need_a_place_in_capitals_and_a_sentence(
    text: str,
) -> None:
    assert match_dateline(text) is None


def test_a_story_kind_in_brackets_after_an_agency_s_name_is_a_label_not_a_dateline() -> None:
    assert match_dateline("(Yonhap Interview)", own_line=True) is None
    text = (
        "(Yonhap Interview) Ferry chief says winter cuts can't be ruled out\n"
        "HARBOURTON -- Winter cuts to Vellmar sailings cannot be ruled out, the ferry"
        " operator's chief executive said Thursday.\n"
        "Tomas Vrell made the remark during an exclusive interview with the agency.\n"
    )
    story = wirecheck.parse(text)
    assert story.dateline is not None and story.dateline.raw == "HARBOURTON --"


@pytest.mark.parametrize(
    ("text", "raw"),
    [
        ("KUALA TERENGGANU: Prices of goods have not surged since the start of the year.",
         "KUALA TERENGGANU:"),
        ("CDMX.- El pleno de la Cámara aprobó el decreto por mayoría.", "CDMX.-"),
    ],
)
def test_malaysian_state_capitals_and_mexico_city_s_short_name_are_known(
    text: str, raw: str
) -> None:
    match = match_dateline(text)
    assert match is not None and match.raw == raw


@pytest.mark.parametrize("line", ["Sat, Dec 4, 2021 - 2:22 PM", "TUE, Nov 9, 2021 - 10:05 AM"])
def test_a_weekday_abbreviation_before_a_date_is_no_place(line: str) -> None:
    assert match_dateline(line) is None
    text = (
        "Ferry operator cuts winter sailings to Vellmar\n\n"
        f"{line}\n\n"
        "HARBOURTON (AP) — The ferry operator serving Vellmar island cut its winter timetable"
        " by half on Saturday, the company said.\n"
    )
    story = wirecheck.parse(text)
    assert story.dateline is not None and story.dateline.raw == "HARBOURTON (AP) —"


LEDE = "The ferry operator serving Vellmar island cut its winter timetable by half on Saturday."


@pytest.mark.parametrize("place", ["HARBOURTON", "Seoul", "PORT ELLIS"])
def test_a_place_in_square_brackets_opening_the_lede_is_the_dateline(place: str) -> None:
    match = match_dateline(f"[{place}] {LEDE}")
    assert match is not None and match.raw == f"[{place}]" and match.city == place
    assert f"[{place}] {LEDE}"[match.end :] == LEDE


@pytest.mark.parametrize(
    "text",
    [
        f"[VIDEO] {LEDE}",
        f"[UPDATE] {LEDE}",
        f"[CROSSTALK] {LEDE}",
        f"[INFOGRAPHIC] {LEDE}",
        f"[QUIZ] {LEDE}",
        f"[Harbourton] {LEDE}",  # an unknown place in Title Case: a label's shape too
        f"[VEL] {LEDE}",  # too short for an unknown place in capitals
        "[HARBOURTON] Ferry operator cuts winter sailings",  # a headline, not a sentence
        f"[HARBOURTON] {LEDE[0].lower()}{LEDE[1:]}",
    ],
)
def test_a_bracketed_label_or_a_short_line_is_no_bracketed_dateline(text: str) -> None:
    assert match_dateline(text) is None


def test_a_bracketed_dateline_under_a_page_date_line_is_read() -> None:
    text = (
        "You are here\n\n"
        "Ferry operator cuts winter sailings to Vellmar: report\n\n"
        "Sat, Dec 4, 2021 - 2:22 PM\n\n"
        f"[HARBOURTON] {LEDE}\n\n"
        "The company said a shortage of engineers forced the cut.\n"
    )
    story = wirecheck.parse(text)
    assert story.dateline is not None and story.dateline.raw == "[HARBOURTON]"
    assert story.body[0] == LEDE


@pytest.mark.parametrize(
    ("text", "raw"),
    [
        ("Roma, 4 dic. “Il taglio delle corse per Vellmar è una scelta obbligata”, ha detto"
         " oggi il sindaco.", "Roma, 4 dic."),
        ("Madrid, 12 oct. La naviera de Vellmar recortó a la mitad sus salidas de invierno,"
         " informó la empresa.", "Madrid, 12 oct."),
    ],
)
def test_a_known_city_and_a_day_with_a_stopped_month_abbreviation_is_a_dateline(
    text: str, raw: str
) -> None:
    match = match_dateline(text)
    assert match is not None and match.raw == raw and match.agencies == ()
    assert match.date_text == raw.split(", ", 1)[1]


@pytest.mark.parametrize(
    "text",
    [
        # an unknown place: a list's entry or a sentence's opening words as well
        "Harbourton, 4 dic. “Il taglio delle corse per Vellmar è una scelta obbligata”, ha"
        " detto oggi il sindaco.",
        "Roma, 4 dic. Corse tagliate.",  # too short for a lede
        "Roma, 4 dic. il taglio delle corse per Vellmar è una scelta obbligata, ha detto oggi.",
    ],
)
def test_a_stopped_date_needs_a_known_city_and_a_sentence(text: str) -> None:
    assert match_dateline(text) is None


@pytest.mark.parametrize("city", ["Jakarta", "NAIROBI"])
def test_a_known_city_closed_by_a_full_stop_over_a_long_sentence_is_a_dateline(
    city: str,
) -> None:
    text = (
        f"{city}. Vellmar issued rules this week requiring ferry companies to publish winter"
        " timetables."
    )
    match = match_dateline(text)
    assert match is not None and match.raw == f"{city}." and match.city == city
    assert text[match.end :].startswith("Vellmar issued")


@pytest.mark.parametrize(
    "text",
    [
        "Harbourton. Vellmar issued rules this week requiring ferry companies to publish"
        " timetables.",
        "Jakarta. Vellmar issued rules.",  # too short for a lede
        "Jakarta. Nairobi. Lima. Vellmar and Harbourton are the ports the ferry line serves.",
        "Jakarta. the ferry companies must publish winter timetables this week, the rules say.",
    ],
)
def test_a_city_and_a_full_stop_needs_a_known_city_and_a_lede(text: str) -> None:
    assert match_dateline(text) is None


@pytest.mark.parametrize(
    ("text", "raw", "agency"),
    [
        ("Harbourton, Mar 6 (Vellmar Press) The ferry line cut its winter sailings to Kessel"
         " today, the port authority said.", "Harbourton, Mar 6 (Vellmar Press)", "Vellmar Press"),
        ("Kessel, 6 March (Island News Service) “The night crossing will be cut from next"
         " month,” the port council said.", "Kessel, 6 March (Island News Service)",
         "Island News Service"),
    ],
)
def test_an_unknown_agency_named_with_its_kind_needs_no_dash_before_a_lede(
    text: str, raw: str, agency: str
) -> None:
    match = match_dateline(text)
    assert match is not None and match.raw == raw and match.agencies == (agency,)
    assert text[match.end :].lstrip("“")[:1].isupper()


@pytest.mark.parametrize(
    "text",
    [
        # an unknown acronym, a name that is no agency's kind, no date, a short line,
        # a lede in small letters
        "Harbourton, Mar 6 (QZV) The ferry line cut its winter sailings to Kessel today, the"
        " port authority said.",
        "Harbourton, Mar 6 (Vellmar Harbour) The ferry line cut its winter sailings to Kessel"
        " today, the port authority said.",
        "Harbourton (Vellmar Press) The ferry line cut its winter sailings to Kessel today, the"
        " port authority said.",
        "Harbourton, Mar 6 (Vellmar Press) The ferry line cut sailings.",
        "Harbourton, Mar 6 (Vellmar Press) the ferry line cut its winter sailings to Kessel"
        " today, the port authority said.",
    ],
)
def test_an_unknown_agency_without_a_dash_needs_its_kind_a_date_and_a_lede(text: str) -> None:
    assert match_dateline(text) is None


@pytest.mark.parametrize(
    ("text", "raw"),
    [
        ("Harbourton (dpa). Die Fähre nach Kessel fährt im Winter seltener.", "Harbourton (dpa)."),
        ("KESSEL (AFP). Der Hafenrat tagte am Samstag.", "KESSEL (AFP)."),
    ],
)
def test_a_full_stop_after_a_known_agency_closes_the_dateline(text: str, raw: str) -> None:
    match = match_dateline(text)
    assert match is not None and match.raw == raw
    assert text[match.end :].startswith("D")


def test_a_person_and_agency_before_a_full_stop_is_no_dateline() -> None:
    assert match_dateline("Jane Roe (AP). The ferry line cut its winter sailings.") is None


@pytest.mark.parametrize(
    ("text", "raw"),
    [
        ("NAIROBI Oct 8 Ferry operators cut their winter sailings to Vellmar after a poor"
         " summer season, the port authority said.", "NAIROBI Oct 8"),
        ("NEW YORK September 23 Harbour stocks fell on Wednesday, ending a two-day rally as"
         " Vellmar's ferry line cut its forecasts.", "NEW YORK September 23"),
        ("NAIROBI Oct 8 (Reuters) - Ferry operators cut their winter sailings.",
         "NAIROBI Oct 8 (Reuters) -"),
        ("NAIROBI May 23 - Ferry operators cut their winter sailings.", "NAIROBI May 23 -"),
        # an ordinal day: the date's own mark (and Havana Times' comma before it)
        ("NAIROBI Mar 7th The first symposium of the Vellmar science society opened on"
         " Wednesday, said its chair.", "NAIROBI Mar 7th"),
        ("NAIROBI, March 11th Vellmar used to depend on aid from its oil-rich neighbour."
         " Now it is opening hotels.", "NAIROBI, March 11th"),
    ],
)
def test_a_place_in_capitals_and_a_date_with_no_comma_is_a_dateline(text: str, raw: str) -> None:
    match = match_dateline(text)
    assert match is not None and match.raw == raw
    assert match.date_text is not None and raw.split(" (")[0].rstrip(" -").endswith(match.date_text)
    assert text[match.end :][:1].isupper()


@pytest.mark.parametrize(
    "text",
    [
        "NEW YORK Jan 5 Knicks beat the Nets.",  # a headline or a list's row, not a lede
        "NAIROBI Oct 8 ferry operators cut their winter sailings to Vellmar after a poor"
        " summer season, the port authority said.",
        "HARBOURTON Oct 8 Ferry operators cut their winter sailings to Vellmar after a poor"
        " summer season, the port authority said.",  # no city the lists know
        # an unknown city needs a known agency's bracket
        "HARBOURTON Oct 8 (Vellmar Herald) - Ferry operators cut their winter sailings.",
        "Nairobi Oct 8 Ferry operators cut their winter sailings to Vellmar after a poor"
        " summer season, the port authority said.",  # in Title Case
        "NAIROBI, Oct 8 Ferry operators cut their winter sailings to Vellmar after a poor"
        " summer season, the port authority said.",  # the comma's shape needs its dash
        "NAIROBI, March 11th Vellmar wins the cup.",  # an ordinal's too needs a lede
        "HARBOURTON, March 11th Vellmar used to depend on aid from its oil-rich neighbour."
        " Now it is opening hotels.",  # no city the lists know
    ],
)
def test_a_date_with_no_comma_needs_a_known_city_in_capitals_and_a_lede(text: str) -> None:
    assert match_dateline(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Mar 6 2011 AFP report via Vellmar Post - Ferry line cuts its winter sailings - excerpt:",
        "Mar 6, Kyodo report on the Kessel ferry line - winter sailings cut",
    ],
)
def test_a_date_and_a_bare_agency_running_on_without_a_dash_is_no_dateline(text: str) -> None:
    assert match_dateline(text) is None


@pytest.mark.parametrize(
    ("text", "raw"),
    [
        ("Mar 6 Kyodo - The ferry line cut its winter sailings.", "Mar 6 Kyodo -"),
        ("Mar 6 (AFP) The ferry line cut its winter sailings.", "Mar 6 (AFP)"),
    ],
)
def test_a_date_and_an_agency_closed_by_a_dash_or_brackets_stays_a_dateline(
    text: str, raw: str
) -> None:
    match = match_dateline(text)
    assert match is not None and match.raw == raw


@pytest.mark.parametrize(
    ("text", "raw", "agency"),
    [
        ("Nairobi. 6 March. HARBOUR.KE/ “We will never cut the night crossing,” the port"
         " council chairman told the ferry line's owners on Monday.",
         "Nairobi. 6 March. HARBOUR.KE/", "HARBOUR.KE"),
        ("Nairobi, March 6, APA/ The ferry line cut its winter sailings.",
         "Nairobi, March 6, APA/", "APA"),
    ],
)
def test_an_agency_tag_closed_by_a_slash_after_the_date_is_the_datelines(
    text: str, raw: str, agency: str
) -> None:
    match = match_dateline(text)
    assert match is not None and match.raw == raw and match.agencies == (agency,)
    assert not text[match.end :].startswith("/")


@pytest.mark.parametrize(
    ("text", "raw"),
    [
        ("Nairobi, Mar 6; AP: The ferry line cut its winter sailings to Kessel.",
         "Nairobi, Mar 6; AP:"),
        ("6 Mar 2019; AFP: The ferry line cut its winter sailings to Kessel.", "6 Mar 2019; AFP:"),
    ],
)
def test_a_known_agency_after_a_semicolon_and_closed_by_a_colon_is_the_datelines(
    text: str, raw: str
) -> None:
    match = match_dateline(text)
    assert match is not None and match.raw == raw
    assert text[match.end :].startswith("The ferry")


def test_a_known_agency_after_a_semicolon_needs_its_colon() -> None:
    assert match_dateline("Nairobi, Mar 6; AP reported the ferry line cut its sailings.") is None
