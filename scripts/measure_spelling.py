#!/usr/bin/env python3
"""Measure the spelling rules (WC101, WC102) on invented clean copy with injected errors.

Prints, for the clean copy below (stories written for this script, plus generated
template stories full of numbers, units and contractions):

* false flags per 1,000 words of WC101 and WC102;
* WC101 recall and top-suggestion accuracy on known misspellings (codespell's list,
  injected where their correction occurs), and WC101 recall over every lowercase entry
  of the list;
* WC101+WC102 recall on human-style misspellings that are not words (a letter dropped,
  doubled, swapped or hit next to the right key; phonetic slips such as ie/ei, ant/ent,
  single/double letters), and how often the first suggestion is the word meant;
* the same on real articles when the naeb-dev set (../shared/data/naeb-dev, published
  news pages with hand-extracted text) is present: read in place, never copied;
* the load time and memory of the word tables, and the time to check a story.

This is a measurement, not a test: run it by hand after changing the rules or the data.
All clean text here is invented; no real article is quoted.

Run: ``.venv/bin/python scripts/measure_spelling.py [--seed N] [--rounds N] [--show]``
(needs the ``codespell`` package installed, for its list of misspellings).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from wirecheck.model import Paragraph, Source, Span, Story
from wirecheck.rules.base import Context
from wirecheck.spelling.check import Finding, english_words, findings, other_language
from wirecheck.spelling.tables import lexicon
from wirecheck.spelling.text import SCAN_RE

CODESPELL_FILE = "codespell_lib/data/dictionary.txt"
# A development set of real articles, measured where it lies, never copied (see its README).
REAL_COPY = Path(__file__).resolve().parents[2] / "shared" / "data" / "naeb-dev"
PLAIN_RE = re.compile(r"[a-z]+(?:'[a-z]+)*")

# Invented stories (headline line, then one paragraph a line), blank-line separated.
CLEAN_COPY = """
Port authority approves $1.2 billion harbor expansion after years of delay
VALDORA, Calif., March 14 (AP) -- The port authority on Thursday approved a long-awaited $1.2 billion expansion of the harbor, ending a decade-long fight over dredging, truck traffic and the fate of a wetland that shelters migratory birds.
Commissioners voted 5-2 after a nine-hour hearing that stretched past midnight. Opponents, many of them residents of the low-lying Marisol neighborhood, said the project would worsen diesel pollution and flood risk.
"We've been told for years that the trucks will be cleaner next year," said Delphine Okafor, 62, who has lived two blocks from the container yard since the 1980s. "Next year never comes."
Supporters argued the expansion would add roughly 4,000 jobs and keep shipping lines from diverting cargo to rival ports in the Pacific Northwest. The plan calls for deepening the main channel to 55 feet, building two berths and electrifying cranes by 2031.
Harbor director Tomasz Wielgosz said the authority had trimmed the footprint by 18 percent and set aside $140 million for an air-quality program that pays truckers to replace older rigs.
"This is not the plan we started with, and that's a good thing," Wielgosz told reporters. "It's smaller, it's cleaner and it's financed."
Environmental groups said they would consider a lawsuit under the state's environmental review law. An attorney for the coalition, Ingrid Haugland, said the analysis had understated cumulative emissions and glossed over sea-level rise.
The vote caps a turbulent year for the agency, whose former chief resigned in January amid an audit of no-bid contracts. State auditors found lax oversight but no evidence of fraud.
Construction is expected to begin next spring and take at least six years. Cargo volumes at the port rose 7.4 percent last year to about 9.8 million 20-foot containers, according to the authority.

Heat wave grips southern Europe as wildfires force evacuations
ATHENS, July 21 (Reuters) - Firefighters battled wildfires on three Greek islands on Sunday as a heat wave pushed temperatures above 44 degrees Celsius (111 Fahrenheit) across parts of southern Europe, forcing thousands of tourists and residents to leave their homes.
Coastguard vessels and private boats ferried about 2,500 people from beaches on the island's southern coast, where flames fanned by gusty winds came within a few hundred metres of hotels.
"The night was terrifying, we could see the glow over the hills and the smoke was everywhere," said a 34-year-old holidaymaker from Manchester who asked not to be named. "The hotel staff were brilliant. They organised everything."
Greece's civil protection ministry said 68 fires had broken out in the previous 24 hours, most of them brought under control. Authorities banned access to forests and archaeological sites during the hottest hours of the day.
In Italy, 16 cities were placed on red alert. Hospitals reported a rise in admissions for heatstroke and dehydration, particularly among the elderly, and health officials urged people to avoid strenuous activity between 11am and 6pm.
Meteorologists said an anticyclone stalled over the Mediterranean was trapping hot air from North Africa. Scientists have warned that such episodes are becoming longer and more frequent as the climate warms.
Spain's national weather agency said the mercury in the southern city of Cordoba could reach 45C on Monday. Power demand climbed to a seasonal record as households cranked up air conditioning, the grid operator said.
Farmers' unions warned that the drought would cut olive oil and cereal harvests for a second year, pushing prices higher. Olive oil prices have more than doubled since 2021.

Central bank holds rates steady, signals patience on cuts
LONDON, Feb 6 (Reuters) - The central bank kept its main interest rate at 5.25 percent on Thursday, the fifth meeting in a row without a change, and signalled it was in no hurry to cut borrowing costs while wage growth stayed strong.
Policymakers voted 7-2 to hold, with two members favouring a quarter-point reduction. Economists polled last week had expected the same split.
Inflation fell to 3.9 pct in December from a peak of 11.1 pct in late 2022, but services inflation, which tracks domestic price pressures, remained stubbornly high at 6.4 pct.
"We need to see more evidence that inflation is heading sustainably to our target," the governor told a news conference. "We are not there yet."
Sterling rose 0.3 pct against the dollar to $1.2710 after the decision, while two-year gilt yields edged up four basis points. Traders pared bets on a cut in May and now fully price a first move in August.
The bank lowered its growth forecast for this year to 0.25 pct from 0.5 pct and said unemployment would rise gradually to 4.6 pct by 2026. It also published new analysis suggesting that labour market slack had increased more than previously thought.
Business groups urged the bank to act sooner. "Firms are feeling the squeeze from high borrowing costs, and investment plans are on hold," said the head of economics at a manufacturers' trade body.
Mortgage lenders have already trimmed fixed rates in recent weeks amid fierce competition, though average two-year deals remain well above levels seen before the mini-budget turmoil of autumn 2022.

Volunteers rebuild flood-hit village school in record time
BROOKMERE, England, Oct 3 (PA) -- A village primary school wrecked by floodwater in the spring reopened this week after volunteers, tradespeople and parents spent the summer rebuilding classrooms, replastering walls and replacing a sodden library.
The flood, caused by a burst riverbank after a month's rainfall fell in two days, left the single-storey building under almost a metre of muddy water. Insurers initially estimated repairs would take 18 months.
Headteacher Rosalind Achterberg said the community had refused to accept that timetable. "We had a bricklayer, two plumbers, a retired electrician and about 200 people who just wanted to help," she said. "Our pupils have been taught in a church hall and a scout hut since April."
A crowdfunding appeal raised more than 90,000 pounds, and a local builders' merchant donated timber, insulation and paint. Children's authors sent signed books to restock the library shelves.
The council has since installed temporary flood barriers along the river and promised a permanent scheme, though residents say they have heard such pledges before.
"It's wonderful to be back, but we can't pretend it won't happen again," said parent governor Hamish Quartermain. "The defences have to be built properly this time."
The Environment Agency said the area had experienced three so-called once-in-a-century floods in 12 years.

Court upholds conviction in decades-old cold case
RICHLAND, Wash., Sept. 9 (AP) -- A state appeals court on Monday upheld the murder conviction of a 71-year-old man found guilty of killing a gas station clerk in 1987, a case that went unsolved for more than three decades until investigators matched DNA from a discarded coffee cup.
The three-judge panel rejected arguments that the genetic genealogy techniques used to identify Harlan Voskuijlen violated his privacy rights and that jurors had been improperly instructed.
"The defendant abandoned the cup in a public place, and with it any reasonable expectation of privacy in the saliva it contained," Judge Marguerite Osei-Bonsu wrote for the court.
Voskuijlen is serving a life sentence without the possibility of parole. His attorney said he would petition the state Supreme Court to review the ruling.
Prosecutors said the clerk, 19-year-old Consuelo Barajas, was shot during a robbery that netted about $200. Her family attended every day of the 2022 trial.
"We waited 35 years for answers," her younger brother said in a statement Monday. "Today the court said the wait was worth it."
Genetic genealogy, which compares crime-scene DNA with profiles uploaded to consumer databases, has helped solve hundreds of cold cases since 2018. Civil liberties groups have urged lawmakers to set clearer limits on its use by police.

Startup's battery plant wins backing despite grid worries
AUSTIN, Texas, May 30 (Reuters) - A battery startup said on Thursday it had secured $650 million in debt financing for a plant outside Austin, part of a wave of clean-energy manufacturing investment spurred by federal tax credits.
The company, which makes lithium-iron-phosphate cells for grid storage, said the factory would employ about 1,100 people and reach full output of 10 gigawatt-hours a year by 2027.
Chief executive Priyanka Raghunathan said demand from utilities had outstripped supply as they rushed to store solar power for the evening peak. "Storage is the bottleneck," she said in an interview. "Our order book is sold out through next year."
The financing, led by a consortium of five banks, values the privately held company at about $3 billion, according to a person familiar with the matter.
Local officials welcomed the jobs but some residents raised concerns about fire safety and water use. A county commissioner said the plant had agreed to fund training and equipment for volunteer firefighters.
Analysts said the U.S. industry still relied heavily on imported materials. "Cell assembly is only part of the story," said a senior analyst at a research firm. "Cathode and anode supply chains are still overwhelmingly overseas."
Shares of listed rivals were mixed. The startup did not say whether it planned an initial public offering.

Underdogs stun champions with stoppage-time winner
GLASGOW, Dec 2 (PA) - A stoppage-time header from substitute Callum Ferreira-Mackie gave the league's bottom side a stunning 2-1 win over the champions on Saturday, their first victory in 11 matches.
The visitors had dominated possession and led through a deflected strike midway through the first half, but were made to pay for a string of missed chances.
The hosts equalised from the penalty spot after the break when a midfielder was adjudged to have handled, a decision that enraged the away dugout. The champions' manager was booked for dissent and later said the referee had been "inconsistent all afternoon".
Ferreira-Mackie, on for barely five minutes, rose highest at the back post to meet a looping cross in the 93rd minute, sparking delirious celebrations among the home supporters.
"You dream about moments like that as a kid," the 19-year-old said. "I didn't even see it go in, I just heard the noise."
The result lifts the hosts off the foot of the table on goal difference. The champions remain top but their lead has been cut to two points, with their nearest rivals holding a game in hand.
The sides meet again in the cup quarter-finals next month.

Drought forces rationing in capital as reservoirs dwindle
MONTEVERA, Jan. 15 (AFP) - Authorities in the capital imposed water rationing on Monday, cutting supply to neighbourhoods on a rotating schedule as the worst drought in seven decades drained the reservoirs that serve about 4 million people.
Taps will run dry for 24 hours at a time in each of six zones, officials said, and public fountains, car washes and swimming pools were ordered shut.
Reservoir levels stood at 14 percent of capacity, down from 38 percent a year earlier, according to the national water utility. Rainfall in the catchment area has been less than half the historical average for two consecutive wet seasons.
"We are asking every household to cut consumption by a fifth," the environment minister said in a televised address. "This is not a drill."
Residents queued at water trucks in poorer districts, some carrying plastic jerrycans and buckets. Shopkeepers said bottled water had sold out within hours of the announcement.
Hydroelectric dams, which provide about two-thirds of the country's electricity, have also been hit, raising the prospect of power cuts. The government said it would import electricity from a neighbouring country and restart two mothballed diesel plants.
Scientists attribute the drought to a combination of the El Nino weather pattern and longer-term warming that is altering rainfall across the region.

Museum returns looted bronzes in landmark ceremony
BERLIN, Nov 8 (dpa) - A German museum on Wednesday handed back 21 bronze sculptures looted by colonial troops more than a century ago, in a ceremony officials on both sides described as the start of a new relationship rather than the end of an old dispute.
The figures, including a commemorative head and several relief plaques, were taken during a punitive expedition in the late 19th century and sold to collectors across Europe.
"These objects are not artefacts to us, they are ancestors and archives," said a delegation member, who thanked curators for years of joint research into their provenance.
The museum's director said German institutions had been too slow to confront their colonial past. "Restitution is not charity. It is the recognition of an injustice," she said.
Under the agreement, several pieces will remain on loan in Berlin for up to 10 years, while a new museum is built to house the collection. Conservators from both countries will train together.
Critics of restitution argue that fragile objects may be better preserved in well-funded European institutions. Supporters counter that such claims echo the paternalism that justified the original plunder.
Grainco posts higher first-quarter profit on export demand
CHICAGO, April 22 (Reuters) - Grainco Inc said first-quarter net profit rose to 84.6 mln dlrs, or 1.12 dlrs a share, from 61.3 mln dlrs, or 81 cts a share, a year earlier, helped by strong export demand for corn and soybeans.
Revenue rose 9 pct to 2.41 billion dlrs. Analysts had expected earnings of 1.04 dlrs a share, according to a consensus estimate.
Shr 1.12 dlrs vs 81 cts. Net 84.6 mln vs 61.3 mln. Revs 2.41 billion vs 2.21 billion.
The company said it expected full-year volumes to rise 4 to 6 pct and raised its capital spending plan to 300 mln dlrs from 260 mln dlrs, mainly for storage and rail loading capacity.
Grainco shares rose 3.2 pct in early trading. The company's stock has gained about 14 pct so far this year, outpacing the broader market.
Chief financial officer Wendell Ashgrove said on a conference call that freight costs had eased but labour remained tight at river terminals. "Margins in the export business were the best we've seen in three years," he said.
The company repurchased 1.5 mln shares during the quarter and said it had about 410 mln dlrs left under its buyback authorisation.

Oil prices slip as inventories rise, demand worries linger
SINGAPORE, June 4 (Reuters) - Oil prices fell on Tuesday, extending losses for a third session, after industry data showed a surprise build in U.S. crude stocks and concerns about demand in top consumers weighed on sentiment.
Brent crude futures were down 46 cents, or 0.6 percent, at $77.90 a barrel by 0330 GMT. U.S. West Texas Intermediate crude fell 51 cents, or 0.7 percent, to $73.71.
Crude inventories rose by about 4.1 million barrels in the week ended May 31, market sources said, citing figures from an industry group. Analysts polled had expected a draw of 2.3 million barrels.
"The market is struggling to find a floor as macro data softens and supply from outside OPEC+ keeps growing," said an analyst at a brokerage in Singapore.
Producers agreed at the weekend to extend most output cuts into next year but to phase out some voluntary curbs from October, a plan traders viewed as mildly bearish.
Refining margins in Asia have also slumped to their weakest in more than a year, pointing to sluggish fuel demand. Chinese crude imports fell 8 percent year-on-year in April.
On the supply side, output in the Americas continues to climb. Production in the Permian Basin hit a record of about 6.3 million bpd last month, data showed.

Hurricane strengthens to Category 4 as it nears Gulf Coast
MIAMI, Aug. 28 (AP) -- The hurricane rapidly intensified into a Category 4 storm on Wednesday as it churned toward the Gulf Coast, where officials ordered mandatory evacuations for more than 1 million people and warned of a potentially catastrophic storm surge.
The storm had maximum sustained winds of 130 mph and was centered about 210 miles south-southeast of the coast at 5 p.m. EDT, moving north at 12 mph, the National Hurricane Center said.
Forecasters said the surge could reach 15 feet above ground level in some low-lying areas and that as much as 20 inches of rain could fall in places, triggering flash floods far inland.
"If you are told to leave, leave now," the governor said at a briefing. "There is no shame in evacuating. There is only danger in staying."
Gas stations along evacuation routes ran dry, and traffic on the interstate crawled for hours. Hotels as far away as Atlanta reported being fully booked.
Utilities said they had staged thousands of line workers from 18 states to restore power, warning that outages could last for days or even weeks in the hardest-hit areas.
Warm waters in the Gulf, several degrees above normal for late August, fueled the storm's rapid intensification, meteorologists said. Its eye had contracted and become sharply defined on satellite imagery by midafternoon.

Obituary: Eleanor Vasquez-Thorne, pioneering cardiologist, dies at 94
BOSTON, Jan. 9 (AP) -- Dr. Eleanor Vasquez-Thorne, a cardiologist whose research helped establish that heart disease in women often presents differently than in men, died Sunday at her home in Cambridge, Massachusetts. She was 94.
Her daughter said the cause was complications of pneumonia.
Born in 1930 to a dockworker and a seamstress, Vasquez-Thorne was one of four women in her medical school class. She later recalled being told by a professor that she was taking the seat of a man who would "actually practice".
She practiced for more than five decades. In the 1970s and '80s she led a series of studies showing that women having heart attacks were more likely than men to report nausea, fatigue and shortness of breath rather than crushing chest pain, and were more likely to be sent home from emergency rooms.
The findings, initially met with skepticism, eventually reshaped triage guidelines and public-health campaigns. Colleagues described her as exacting, funny and fiercely loyal to her trainees.
"She had a way of asking the one question you hadn't thought of," said a former fellow who is now chief of cardiology at a teaching hospital. "And she never let you get away with a sloppy answer."
In addition to her daughter, she is survived by two sons, seven grandchildren and a great-grandson. Her husband of 61 years, a physicist, died in 2015.

Police arrest suspect after string of overnight burglaries
DAYTON, Ohio, Oct. 17 (AP) -- Police on Thursday arrested a 27-year-old man suspected in a string of overnight burglaries at small businesses on the city's east side, officials said.
The suspect was taken into custody without incident at an apartment complex after detectives tracked a stolen laptop, police Lt. Dana Whitacre said at a news conference. He was being held in the county jail on charges including breaking and entering, theft and possession of criminal tools.
At least nine businesses, including a bakery, a barbershop and a pawnshop, were targeted over three weeks, Whitacre said. In most cases a rear door was pried open and cash registers were emptied. Surveillance footage showed a man in a hooded sweatshirt.
"These are mom-and-pop shops that work on thin margins," Whitacre said. "Every one of these break-ins hurts."
The owner of the bakery, which has been in business for 41 years, said she was relieved. "I haven't slept right since it happened," she said. "I kept checking the cameras on my phone at 3 in the morning."
Police asked anyone with information about other break-ins to call a tip line. Prosecutors were expected to file formal charges by Monday.

Lawmakers pass budget hours before shutdown deadline
WASHINGTON, Sept. 30 (AP) -- Congress passed a stopgap spending bill late Saturday, hours before a midnight deadline, averting a government shutdown that would have furloughed hundreds of thousands of federal workers and halted a range of services.
The House approved the measure 335-91 after leaders stripped out disputed provisions, and the Senate followed with an 88-9 vote. The president signed it shortly before the deadline.
The bill keeps agencies funded at current levels for 45 days and includes $16 billion in disaster aid. It does not include additional military assistance sought by the White House, which had been a sticking point for some conservatives.
"We did our job," the speaker told reporters. "Now we need to do the rest of it, and that means real appropriations bills, not another continuing resolution."
Some members of the speaker's own party were furious, and one threatened to force a vote to oust him. Democrats said the episode showed the danger of brinkmanship.
The stopgap sets up another deadline in mid-November, when lawmakers will again need to agree on funding or face a shutdown just before the holidays.
Federal workers and contractors had been bracing for missed paychecks. Airports warned of longer security lines, and national parks had prepared to close their gates.

Researchers find microplastics in remote mountain lakes
GENEVA, March 3 (AFP) -- Scientists have found microplastics in every one of 38 high-altitude lakes they sampled across the Alps and the Pyrenees, including some far from roads or settlements, according to a study published on Monday.
Fragments and fibres were found at concentrations ranging from a few particles to more than 40 per litre of water, the researchers wrote. Polyester and polyethylene were the most common polymers.
"These lakes are among the most pristine environments in Europe, and still the plastic is there," said the study's lead author, a limnologist at a Swiss university. "It arrives through the air, with rain and snow."
The team used infrared spectroscopy to identify particles as small as 20 micrometres. They said atmospheric transport, rather than local littering, was the likeliest source, since concentrations did not correlate with hiking traffic.
Microplastics have been detected in human blood, placentas and breast milk, though their health effects remain poorly understood. Laboratory studies suggest they can cause inflammation and carry other pollutants.
The authors called for global limits on plastic production, an issue at the heart of negotiations on a United Nations plastics treaty that have stalled over opposition from oil-producing countries.

Airline cancels hundreds of flights as pilots strike
FRANKFURT, Feb 20 (Reuters) - Germany's largest airline cancelled nearly 900 flights on Tuesday as pilots walked out in a dispute over pay and pensions, disrupting travel for about 110,000 passengers at the height of the winter holiday season.
The pilots' union called the 24-hour strike after talks broke down last week. It is demanding inflation-linked raises and improved early-retirement terms for its roughly 5,000 members at the carrier's main brand.
The airline called the walkout "completely unnecessary" and said it had offered a deal that would raise pay by 18 percent over two years for junior captains. The union said the offer came with strings that would weaken pension guarantees.
Passengers were advised to check flight status before travelling to the airport. Some domestic routes were replaced by rail connections, and cargo flights were largely unaffected, the airline said.
It was the third strike at the carrier this year, following walkouts by ground staff and cabin crew. Analysts estimate each day of strikes costs the airline 25 to 30 million euros.
"Customers will remember this summer," said an aviation analyst in Hamburg. "Rivals are happy to pick up the slack."

Film festival opens with debut drama set in fishing town
TORONTO, Sept. 5 (Reuters) - The city's annual film festival opened on Thursday with a debut feature about a teenage girl who takes over her late father's fishing boat, a quiet, windswept drama that drew a long standing ovation.
The director, a former documentary editor, said she had spent two winters in a coastal village learning to mend nets and read the weather before writing the script. "I wanted the sea to be a character, not a backdrop," she said at a news conference.
The film stars a newcomer discovered at an open casting call, alongside a veteran character actor as a gruff harbourmaster who becomes her reluctant mentor.
Critics praised its unhurried pacing and naturalistic performances. One reviewer called it "a small film with enormous tenderness", while another said its final act leaned too heavily on melodrama.
Festival organisers said this year's lineup includes more than 200 features, nearly half of them directed by women, and a record number of titles from first-time filmmakers.
Awards season hopefuls screening over the next 10 days include a biopic of a jazz saxophonist, a courtroom thriller and an animated musical adapted from a bestselling children's book.

Farmers protest fuel tax with tractor convoys
PARIS, Jan 24 (AFP) -- Thousands of farmers drove tractors into city centres and blocked motorways across France on Wednesday, escalating protests over fuel taxes, red tape and what they describe as unfair competition from cheaper imports.
Protesters dumped manure outside government buildings and sprayed slurry at a prefecture in the southwest. Police made a handful of arrests but largely allowed the convoys to proceed.
"We work 70 hours a week and we can't make ends meet," said a dairy farmer from Brittany, standing beside a bonfire of pallets on a motorway slip road. "Everyone wants cheap food but nobody wants to pay the people who grow it."
The government has promised to scrap a planned increase in diesel tax for agricultural vehicles and to simplify rules on hedges and irrigation ponds, but union leaders said the concessions fell short.
The protests echo demonstrations in Germany, Belgium, the Netherlands and Poland, where farmers have rallied against environmental regulations, low prices and imports of grain and poultry from Ukraine.
The European Commission said it would propose measures to ease administrative burdens ahead of elections to the European Parliament in June.
Hospitals brace for winter surge as flu, COVID-19 cases climb
LONDON, Dec 11 (PA) - Hospitals across the country are bracing for their toughest winter in years as flu admissions climb sharply and COVID-19 and RSV continue to circulate, health officials warned on Monday.
The number of patients in hospital with flu rose 48 per cent in a week, with children under five and adults over 75 among the worst affected, according to figures published by the health service.
"We are seeing a triple threat of viruses at the same time as record demand in A&E," the service's national medical director said. "Please get vaccinated if you are eligible and don't leave it until Christmas."
Ambulance handover delays lengthened, with some crews waiting outside emergency departments for more than three hours. Paramedics' unions said the delays put patients at risk and demoralised staff.
Officials said uptake of the flu jab among over-65s stood at 71 per cent, slightly below last year, while uptake among pregnant women and younger adults with long-term conditions remained stubbornly low.
Care homes reported outbreaks in several regions, and some hospital trusts reintroduced mask-wearing on respiratory wards. Visiting restrictions were tightened at a handful of sites.
The government said an extra 800 million pounds had been allocated to free up beds by speeding discharges into social care, but critics said the money arrived too late to make a difference this winter.

Tech giant unveils AI tools, faces privacy questions
SAN FRANCISCO, May 14 (Reuters) - The tech giant on Tuesday unveiled a suite of artificial intelligence features for its search engine, email and smartphone software, escalating a race with rivals to put generative AI in front of billions of users.
The features include chatbots that can summarise long email threads, draft replies and plan trips, as well as an assistant that can answer questions about what is on a user's screen. Some will be available only to paying subscribers.
Executives said the models run partly on devices and partly in the company's data centres, and that user data would not be used to train models without consent. Privacy advocates said the promises needed independent scrutiny.
"Once a system can read everything on your screen, the stakes are very high," said the director of a digital rights group. "Consent screens are not a substitute for regulation."
Investors have rewarded companies seen as leaders in AI, but the costs are enormous. The company said capital expenditure would be "notably higher" this year as it buys chips and builds data centres.
The announcements came a day after a rival showcased a voice assistant that can converse in real time, interrupt and be interrupted, and respond to images from a phone's camera.
Regulators in Europe are finalising rules under the bloc's AI Act, which will require makers of powerful general-purpose models to disclose training data summaries and test for systemic risks.

Ceasefire talks resume as aid trickles into besieged city
CAIRO, March 18 (Reuters) - Negotiators resumed talks on a ceasefire and hostage release on Monday, as aid agencies said only a trickle of food, water and medicine was reaching a besieged city where hundreds of thousands of people face acute hunger.
Mediators shuttled between delegations in separate rooms of a hotel, officials briefed on the talks said, focusing on the sequencing of a truce, the number of detainees to be freed and the return of displaced civilians to their homes.
"There is progress, but the gaps are still significant," one official said, speaking on condition of anonymity because the talks were confidential.
The United Nations said fewer than 160 aid trucks a day had entered in the past week, far below the 500 a day that crossed before the war. Convoys have been delayed by inspections, damaged roads and looting.
Doctors at one of the few functioning hospitals said they were treating children for malnutrition and dehydration and were running short of fuel for generators. Airdrops by several countries have supplemented deliveries but aid groups call them costly and inefficient.
A maritime corridor from a nearby island began operating last week, with a charity ship unloading about 200 tonnes of flour, rice and canned goods onto a makeshift jetty.
Airstrikes and shelling continued overnight, residents said, killing at least 30 people, according to local health authorities.

Quarterback leads late rally as hosts clinch playoff spot
KANSAS CITY, Mo., Dec. 31 (AP) -- The quarterback threw two fourth-quarter touchdown passes, including a 27-yarder with 38 seconds left, and the hosts rallied to beat their division rivals 24-20 on Sunday to clinch a playoff spot.
Trailing by 10 entering the final quarter, the offense came alive after a sputtering afternoon in which it had managed just three field goals. The defense forced a fumble near midfield to set up the winning drive.
"We've been in those spots before," the quarterback said. "Nobody panicked. We just kept taking what they gave us."
The visitors had a chance to answer, but a Hail Mary on the final play was batted down in the end zone.
The hosts' running back left in the second quarter with an ankle injury and did not return. The coach said X-rays were negative and he was day-to-day.
Rookie wide receiver Marquise Tillinghast finished with nine catches for 112 yards, a career high, and drew a pass interference penalty that extended the decisive drive.
The victory secured the franchise's ninth straight postseason berth. It will learn its seeding after next week's regular-season finale.

Opposition leader freed on bail pending appeal
NAIROBI, June 12 (AFP) -- A court on Wednesday freed an opposition leader on bail pending an appeal against his conviction for inciting violence, a ruling that drew cheering crowds to the streets of the capital.
The judge set bail at 2 million shillings and ordered him to surrender his passport, report weekly to police and refrain from addressing rallies until the appeal is heard.
His lawyers argued that the trial had been marred by procedural irregularities and that the charges were politically motivated. Prosecutors said they would oppose any further relaxation of the conditions.
"Justice delayed is justice denied, but today is a good day," the opposition leader told supporters outside the courthouse, flanked by his wife and members of his party's leadership.
Rights groups have accused the government of using the courts to sideline critics ahead of elections next year. The government denies interfering with the judiciary.
Police fired teargas to disperse a group of youths who set tyres alight near the central business district, witnesses said, but the gathering was otherwise peaceful.

Housing starts fall for a third month as mortgage rates bite
WASHINGTON, Nov. 17 (Reuters) - U.S. homebuilding fell for a third straight month in October as higher mortgage rates cooled demand, though permits for future construction rose, suggesting the housing slump may be nearing a bottom.
Housing starts dropped 4.2 percent to a seasonally adjusted annual rate of 1.37 million units, the Commerce Department said on Friday. Economists polled had forecast starts would slip to 1.35 million units.
Single-family starts, which account for the bulk of homebuilding, edged down 0.7 percent. Starts for buildings with five units or more plunged 12.2 percent.
Building permits rose 1.1 percent to a rate of 1.49 million units. Single-family permits increased for a fifth straight month.
"The housing market is in a holding pattern," said a chief economist at an advisory firm. "Builders are sitting on their hands until they get a clearer read on rates."
The average rate on a 30-year fixed mortgage climbed above 7 percent in recent weeks, the highest in more than two decades, before easing slightly.
A shortage of previously owned homes for sale has supported new construction, as homeowners who locked in low rates during the pandemic are reluctant to sell.

Wildlife officials relocate stranded elephants after floods
HARARE, Feb. 27 (AFP) -- Wildlife officials have begun airlifting and trucking dozens of elephants stranded by floodwaters to higher ground, in one of the largest animal relocations in the region in decades.
About 60 elephants, along with buffalo, zebra and antelope, were cut off on an island of scrubland after unusually heavy rains swelled a river and submerged grazing areas.
Veterinarians darted the animals with tranquillisers before they were hoisted onto flatbed trucks and driven about 120 km to a reserve. Young calves were moved together with their mothers to avoid separating family groups.
"It is painstaking work and every animal is different," said the head of the parks agency's veterinary unit. "A sedated bull elephant weighs more than five tonnes."
Conservationists welcomed the operation but said it highlighted the growing toll of extreme weather on wildlife. Drought last year killed more than 100 elephants in the same park.
Tourism operators said bookings for the dry season were holding up, and that the relocation had drawn interest from overseas visitors.

Review: Bold new staging of a classic opera divides audience
MILAN, Dec 8 (Reuters) - The season opener at the city's famous opera house drew both cheers and boos on Thursday for a bold, minimalist staging that moved a 19th-century tragedy to a brutalist apartment block.
Conductors and critics praised the orchestra's luminous playing and the soprano's searing account of the title role, which earned a 10-minute ovation. The director and designers were greeted by a chorus of jeers when they appeared for curtain calls.
The production strips away crinolines and candlelight in favour of concrete, neon strip lighting and a revolving set that shows several flats at once, so that the audience watches private dramas unfold simultaneously.
"It's provocative, occasionally confusing, but never dull," one critic wrote. Another called the concept "a sledgehammer to crack a nut".
The premiere, a fixture of the city's social calendar, was attended by the president, ministers and a parade of celebrities in evening gowns. Tickets for the best seats sold for more than 3,000 euros.
Fans flock to reunion tour as tickets resell for thousands
NASHVILLE, Tenn., April 5 (AP) -- Ticket prices for a reunited rock 'n' roll band's first tour in 20 years soared on resale sites this week, with some seats listed for more than $5,000, prompting complaints from fans and a lawmaker's call for tighter rules.
"Rollin' and Ramblin'," the band's 1994 hit, was streamed 40 million times in the days after the tour announcement, and the group's frontman posted a thank-you video on Instagram. Fans used the hashtag #BackOnTheRoad to share memories of concerts in the '90s.
"I saw them at a county fair when I was 14 and I'm not missin' this," said Teodora Blaylock, 44, who drove 300 miles to queue at a box office. "But I'm not payin' a month's rent for a ticket either."
A state senator said she would introduce a bill capping resale prices at face value plus 10 percent. "Y'all deserve a fair shot," she wrote on X, tagging @StateConsumerOffice in the post.
Fans can report suspected scams at https://example.org/tickets or by email to complaints@example.org, the consumer office said.
The promoter said it had used a verified-fan system to keep bots out, and that more than 80 percent of tickets went to first-time buyers. Nothing, it said, could completely stop people from reselling tickets they'd bought legitimately.
The tour opens June 12 in Austin and wraps up in late September with two shows at an arena in the band's hometown.

Council apologises after misprinted ballot papers sent to voters
LEEDS, England, April 29 (PA) - A city council apologised on Monday after thousands of postal ballot papers were sent out listing the wrong polling date, the latest in a series of administrative blunders that opposition councillors said had eroded trust.
The papers, mailed to about 6,200 households in two wards, gave the date of the election as May 12 rather than May 2. A leaflet enclosed with them correctly stated the date.
"This was a printing error and we are deeply sorry," the council's chief executive said in a statement. Corrected packs would be hand-delivered by Wednesday, she said.
The error came to light when a pensioner rang a local radio phone-in. "I've voted by post for 30 years and I've never seen anything like it," he told listeners. "I thought I'd gone doolally."
The opposition group leader called for an independent inquiry. "Residents are entitled to have confidence in the basics," he said. "A timetable isn't rocket science."
The Electoral Commission said it was in contact with the council and that votes cast using the misprinted papers would still be counted if received by polling day.

Spelling bee champion wins with word 'psammophile'
WASHINGTON, June 1 (AP) -- A 13-year-old from suburban Denver won the national spelling bee on Thursday night, correctly spelling "psammophile," a word for an organism that thrives in sandy places, in a tense one-on-one finale that stretched over 14 rounds.
The champion, who began competing in spelling bees at age seven, said he studied with flashcards every morning before school and quizzed himself on Latin and Greek roots during car rides. He takes home $50,000 in cash and prizes.
"I just tried to stay calm and go through the roots in my head," he said, clutching the trophy as confetti rained down. "Psammo means sand, phile means lover. So sand lover."
The runner-up, a 12-year-old from Orlando, stumbled on "hypnagogic," which describes the state between wakefulness and sleep.
Earlier rounds featured words such as "zeugma," "fenestrated," "cloisonne" and "quisling." The event includes a vocabulary test alongside the spelling rounds.
Organisers said 228 spellers took part this year, the largest field since the event resumed in person after the pandemic.

Pilgrims throng holy city as annual festival begins
VARANASI, India, Jan. 14 (Reuters) - Hundreds of thousands of pilgrims bathed in the river at dawn on Sunday as a weeks-long Hindu festival began, with authorities deploying drones, facial recognition cameras and thousands of police to manage crowds.
Devotees chanted and rang bells as priests performed rituals on the ghats, the stone steps that lead down to the water. Many had travelled overnight by train and bus from villages hundreds of kilometres away.
"I have come every year since I was a boy with my father," said a 67-year-old farmer who gave only his first name. "Bathing here washes away sins."
Officials expect tens of millions of people to visit over the festival, which is held at a site where sacred rivers meet. Temporary camps with tents, toilets and kitchens stretch for several kilometres along the riverbanks.
Health workers have set up clinics to deal with cold-related illnesses and stampede risks, and lost-and-found centres broadcast announcements over loudspeakers to reunite families separated in the crush.
Environmental groups have raised concerns about pollution in the river, which receives untreated sewage from towns upstream. The government says it has built treatment plants and monitors water quality daily.

Exchange freezes withdrawals as cryptocurrency prices tumble
HONG KONG, Nov. 9 (Reuters) - A cryptocurrency exchange froze customer withdrawals on Wednesday, citing a "liquidity crunch", as bitcoin and other digital tokens slid to their lowest levels in two years and contagion fears spread through the industry.
Bitcoin fell as much as 14 percent to about $16,000, while ether, the second-largest token, dropped 18 percent. The total value of crypto assets fell below $900 billion, down from nearly $3 trillion at the peak.
The exchange said in a post on its website that it was "working around the clock" to restore services and was in talks with potential investors. It did not say how many customers were affected.
"This is exactly the kind of run-on-the-bank scenario regulators have been warning about," said a fintech analyst. "When confidence goes, it goes fast."
Stablecoins, tokens pegged to the dollar, also came under pressure, with one briefly slipping below its peg before recovering.
Regulators in several jurisdictions said they were monitoring the situation. Lawmakers renewed calls for rules requiring exchanges to segregate customer funds and publish audited proof of reserves.

Scientists map genome of rare orchid to help save it
KEW, England, Oct 12 (PA) - Botanists have sequenced the genome of one of Britain's rarest orchids, a step they hope will help conservationists grow seedlings for reintroduction into the wild.
The lady's-slipper orchid, once widespread in limestone woodland in northern England, was picked to near-extinction by Victorian collectors. By the early 20th century it was thought to have vanished until a single plant was rediscovered in 1930.
Researchers found the plant has an unusually large genome, about 30 times the size of the human one, and identified genes involved in its dependence on soil fungi for germination.
"Orchid seeds are like dust. They have almost no food reserves, so they rely on a fungal partner to get started," said a molecular biologist on the team. "If we understand that partnership, we can grow them far more reliably."
Volunteers have guarded the surviving wild plant around the clock during flowering season for decades. Seedlings raised in laboratories have been planted at several secret sites, with mixed success.
The research was published in a peer-reviewed journal and funded by a charitable trust.

Union vows more walkouts as rail talks collapse
MANCHESTER, England, Feb 15 (PA) - Rail workers will stage a fresh round of strikes next month after talks with train operators collapsed, their union said on Thursday, threatening more disruption for commuters already weary of months of cancellations.
The union said its members would walk out on March 7, 9 and 11 and would also refuse to work overtime for a fortnight. Operators said the action would wipe out about half of services on strike days.
The dispute centres on pay, job cuts and plans to close most ticket offices. The union's general secretary said the employers' latest offer amounted to a real-terms pay cut. "We are not going to be bullied into accepting it," he said.
The transport secretary said the strikes were "pointless and self-defeating" and urged the union to put the offer to a vote of members. Operators said the offer included a 5 per cent rise backdated to last year.
Business groups estimated that rail strikes had cost the economy hundreds of millions of pounds, with city-centre pubs, restaurants and theatres hit hardest.
Passengers were advised to check before travelling. "I'll work from home if I can, but not everyone can," said one commuter at Piccadilly station. "It's exhausting."

Ferry operator fined over sewage spill at marina
HALIFAX, Nova Scotia, July 3 (CP) - A ferry operator was fined $75,000 on Wednesday after pleading guilty to discharging untreated sewage into a harbour, in a case that prompted calls for stricter enforcement of marine pollution laws.
Court heard that a faulty valve on one of the company's vessels allowed about 4,000 litres of wastewater to flow into the harbour over several days last summer. Crew members noticed an odour but did not report it for nearly a week.
The judge said the company's response had been "sluggish and careless" but noted it had since replaced the valve, retrained staff and installed alarms. Part of the fine will go to a fund for harbour cleanup projects.
"The harbour belongs to everyone, and everyone expects it to be looked after," the judge said in her decision.
A lawyer for the company said it accepted responsibility and had co-operated fully with investigators. Environmental groups said the fine was too small to deter larger polluters.

Cricket: Spinner's five-wicket haul puts hosts in command
ADELAIDE, Dec 16 (AAP) - A left-arm spinner took five wickets for 41 runs as the hosts bowled out the tourists for 187 on the second day of the third Test, before extending their lead to 214 at stumps.
The visitors resumed on 38 for two but lost their last eight wickets for 149 runs on a pitch offering sharp turn. Their captain top-scored with a gritty 63 before being stumped charging down the track.
"The ball was gripping and spinning from the first session, so we knew it would be a tough day," the tourists' batting coach said. "We didn't apply ourselves well enough."
Openers for the hosts then added 76 before the first wicket fell shortly before tea. The vice-captain was unbeaten on 58 at the close, with the home side 117 for three in their second innings.
The hosts lead the five-match series 1-0 after a nine-wicket win in the first Test; the second Test was drawn after rain washed out most of the final two days.
Coup leaders dissolve parliament, impose curfew
NIAMEY, July 27 (UPI) -- Soldiers who seized power in the West African country dissolved parliament, suspended the constitution and imposed a nightly curfew on Thursday, a day after detaining the president at his residence.
A colonel read a statement on state television announcing that a transitional council would govern "until further notice" and that land and air borders were closed.
Bazoumi Traore-Kanté, a spokesman for the ousted government, called the takeover "a betrayal of the republic" in a message posted online. Regional leaders condemned the putsch and threatened sanctions, including a freeze on central bank assets.
Crowds of young men gathered outside the national assembly, some waving flags and chanting slogans hostile to the former colonial power. Police used teargas to disperse a separate rally in support of the president.
The country has been a key partner of Western governments in the fight against jihadist insurgents in the Sahel, hosting hundreds of foreign troops and a drone base. Analysts said the coup could reshape security arrangements across the region.
It is the latest in a string of military takeovers in the region since 2020. Juntas in two neighbouring countries have expelled foreign forces and strengthened ties with Moscow.
Humanitarian groups warned that border closures could disrupt food and fuel supplies in a country where millions already depend on aid.

Pharmaceutical firm recalls blood pressure pills over impurity
NEW JERSEY, Aug. 8 (AP) -- A drugmaker is voluntarily recalling several lots of a widely prescribed blood pressure medication after testing found trace levels of a probable carcinogen, the company and federal regulators said Tuesday.
The impurity, a nitrosamine, can form during manufacturing or storage. Regulators said the risk to patients from short-term exposure was low and urged people not to stop taking their medication without consulting a doctor or pharmacist.
The affected tablets were distributed to wholesalers and pharmacies nationwide between January and June. The company said it had not received reports of adverse events related to the recall.
"Patients should continue taking their medicine and talk to their pharmacist about a replacement," the agency said. "Stopping suddenly could be dangerous."
Since 2018, dozens of recalls of blood pressure, heartburn and diabetes drugs have been linked to nitrosamine contamination, prompting regulators to require manufacturers to assess and mitigate the risk.
Shares of the company were little changed in afternoon trading.

Supreme Court weighs limits on agency power in fishing case
WASHINGTON, Jan. 17 (AP) -- The Supreme Court on Wednesday appeared ready to curtail the power of federal agencies in a case brought by herring fishermen who object to paying for government observers aboard their boats.
Several justices questioned a 40-year-old precedent that directs judges to defer to agencies' reasonable interpretations of ambiguous laws, a doctrine that has underpinned thousands of regulations on the environment, health and workplace safety.
"Why should we assume that Congress wanted the agency, rather than the courts, to resolve the ambiguity?" one justice asked the government's lawyer.
The solicitor general warned that overturning the precedent would unleash a torrent of litigation and destabilise settled rules. "It would be a convulsive shock to the legal system," she said.
The fishermen's lawyer said his clients, who operate small family-owned boats, should not be forced to pay up to $710 a day for monitors they did not ask for. "This is a case about who decides," he said.
A decision is expected by the end of June. Business groups and conservative advocacy organisations have urged the court to rein in what they describe as an unaccountable administrative state, while environmental and consumer groups have warned of the consequences.

Navy frigate intercepts drones over shipping lane
DUBAI, Feb. 3 (Reuters) - A navy frigate shot down four drones over a busy shipping lane on Saturday, the defence ministry said, the latest in a series of attacks that have forced major container lines to reroute vessels around the southern tip of Africa.
The frigate, on patrol as part of a multinational maritime security mission, used surface-to-air missiles and its deck gun to intercept the drones, which were heading toward merchant ships, the ministry said. No damage or casualties were reported.
The attacks have driven up freight rates and insurance premiums. Rerouting adds roughly 10 days and hundreds of thousands of dollars in fuel costs to a voyage between Asia and northern Europe.
"Shippers are paying a security premium on every box," said a maritime risk consultant. "Until this stops, the detours will continue."
Militants claiming the attacks say they are acting in solidarity with civilians in a war zone. Western governments have responded with airstrikes on launch sites, radar installations and weapons depots.
Shipping data showed traffic through the strait down by more than 40 percent from a year earlier.

Chef's dumpling stall earns coveted star
SINGAPORE, July 20 (AFP) -- A hawker who has sold handmade dumplings from the same tiny stall for 28 years said she was "shocked and overjoyed" on Thursday after a prestigious restaurant guide awarded her a star, making her one of the cheapest starred meals in the world.
A plate of eight pork-and-chive dumplings costs about four Singapore dollars. Queues at the stall, tucked into a bustling food centre, began forming at dawn after the announcement.
"My mother taught me to fold them when I was nine," the 61-year-old said, pleating a wrapper with quick, practised fingers. "I use the same recipe every day. Nothing fancy."
Food critics said the award reflected a broader recognition of street food, which has been inscribed on a United Nations list of intangible cultural heritage.
Hawker centres, open-air complexes of cooked-food stalls, are a fixture of daily life in the city-state, but many owners are ageing and few young people want to take over the gruelling work. The government has introduced training schemes and rent subsidies to encourage a new generation.
Her son, an accountant, said he would not be quitting his job. "But I'll help out on weekends," he said, grinning. "Now we'll need the extra hands."

Glacier collapse buries village; dozens missing
SION, Switzerland, May 28 (Reuters) - A massive chunk of glacier collapsed onto a mountain village on Wednesday, burying most of it under ice, mud and rock, days after authorities evacuated its 300 residents as a precaution.
One person was reported missing, police said, adding that drones and thermal cameras were being used in the search. Emergency services said the risk of further landslides made a ground search too dangerous.
Geologists had been monitoring the glacier for weeks after detecting accelerating movement and rockfalls. The village mayor said the evacuation had saved lives. "We have lost our village, but not our heart," he told a news conference, struggling to hold back tears.
The debris dammed a river in the valley below, creating a lake that officials feared could burst. Residents of downstream communities were told to be ready to leave.
Scientists said thawing permafrost, which acts like glue holding mountains together, was making such collapses more likely as Alpine temperatures rise roughly twice as fast as the global average.
The government pledged emergency funding and said the community would be rebuilt, though possibly at a different site.

Teen inventor's water filter wins science fair
PHOENIX, March 11 (AP) -- A high school junior whose low-cost water filter uses crushed shells and activated charcoal to remove arsenic won top honors at a statewide science fair on Saturday.
The 16-year-old said she got the idea after reading about contaminated wells in rural communities, including some on tribal land not far from her home. Her prototype, built from a plastic bucket and PVC pipe, cost less than $20 in materials.
Lab tests showed it cut arsenic concentrations by more than 90 percent over several weeks of use, judges said. She plans to test it on samples from well water this summer with help from a university chemistry department.
"I wanted something people could make themselves, without electricity," she said. "Fancy equipment doesn't help if nobody can afford it."
She will represent the state at an international science and engineering fair in May, along with classmates whose projects included an app that detects crop disease from smartphone photos and a study of microbes in backyard compost.

Rookie golfer shoots 62 to grab share of lead
AUGUSTA, Ga., April 11 (AP) -- A 23-year-old rookie playing on a sponsor's exemption birdied seven of his last nine holes on Thursday for a 10-under-par 62, matching the course record and grabbing a share of the first-round lead.
He holed a 40-foot eagle putt on the par-5 15th, chipped in for birdie at the 16th and rolled in a curling 12-footer on the final green as the gallery roared.
"I was just trying to two-putt and get out of there," he said with a grin. "Then the putts kept dropping."
The defending champion, nursing a sore wrist, carded a 1-over 73 that included a double bogey after his tee shot found the water. Overnight rain softened the greens, and scoring conditions were the easiest in years.
A three-time major winner was among those tied for third at 65, two strokes back. Nine players broke 67.

Astronomers spot water vapour on distant planet
PASADENA, Calif., Jan. 22 (Reuters) - Astronomers using a space telescope have detected water vapour in the atmosphere of a planet orbiting a red dwarf star about 40 light-years away, a finding that could sharpen the search for habitable worlds.
The planet, roughly twice Earth's diameter, circles its star every 11 days, close enough that its surface is probably too hot for liquid oceans. Scientists said the detection demonstrated that the telescope could tease out faint chemical fingerprints from small, rocky planets.
"This is a stepping stone," said one of the researchers, an astrophysicist at a California university. "We're learning how to read the atmospheres of planets that are not gas giants."
The team measured starlight filtering through the planet's atmosphere during transits, when it passes in front of its star. Some scientists cautioned that starspots could mimic the signal and that further observations were needed.
The results were published in a peer-reviewed astrophysics journal and will be presented at a conference in the spring.

Top seed knocked out in straight sets
MELBOURNE, Jan 19 (AAP) - The top seed crashed out of the tournament in the third round on Friday, losing in straight sets to an unseeded qualifier who served 19 aces and never faced a break point.
The 21-year-old qualifier, ranked 112th in the world, won 7-6(4) 6-4 6-3 in two hours and 18 minutes on a sweltering afternoon, with temperatures climbing above 35 degrees.
"I'm speechless, honestly," the qualifier said in an on-court interview. "I grew up watching him on television. To beat him here is unbelievable."
The top seed, who had been battling a stomach virus, called for the trainer twice and appeared sluggish in the longer rallies. He declined to use the illness as an excuse.
The upset leaves the draw wide open, with the second and third seeds in the opposite half.

Bishop apologises for handling of abuse claims
DUBLIN, March 9 (Reuters) - A Roman Catholic bishop apologised on Saturday for his diocese's handling of historical abuse allegations against clergy, after an independent review found that complaints had been ignored or mishandled for decades.
The review, commissioned by the diocese, examined files dating back to the 1960s and concluded that senior clerics had moved accused priests between parishes rather than reporting them to police.
"I am deeply ashamed. We failed those who came to us for help, and we failed their families," the bishop said in a statement read at Masses across the diocese.
Survivors' groups welcomed the apology but said it was long overdue and called for compensation and the resignation of officials who had been involved in the cover-up.
The review made 27 recommendations, including mandatory safeguarding training for all clergy and lay volunteers, and annual audits by an outside body.

Carmaker to cut 3,000 jobs as electric shift bites
DETROIT, Oct. 25 (Reuters) - A carmaker said on Wednesday it would cut about 3,000 salaried jobs and idle two plants for several weeks as it retools factories to build electric vehicles, in the latest sign of the upheaval facing the auto industry.
The company said most of the reductions would come through buyouts and early retirement, with layoffs a last resort. It expects to book a charge of about $1 billion in the fourth quarter.
Chief executive officer said the cuts would free up cash to invest in batteries and software. "The transition is expensive and the competition is relentless," she told analysts on an earnings call.
The automaker reported third-quarter net income of $2.9 billion, down 17 percent from a year earlier, as higher wages agreed in a new labour contract and costs of launching new models weighed on margins.
Its shares rose 4 percent in afternoon trading after the company reaffirmed its full-year profit forecast and announced a $5 billion share buyback.
Union leaders said they would scrutinise the plan closely and warned against any attempt to move work to non-union plants.

Rugby: Late try seals comeback win for visitors
CARDIFF, Feb 24 (PA) - A try in the 78th minute from a replacement hooker completed a remarkable comeback as the visitors overturned a 15-point half-time deficit to win 27-25 in the Six Nations on Saturday.
The hosts dominated the first half, scoring two tries from driving mauls and kicking their penalties, but their discipline faltered after the interval and they conceded a string of penalties at the breakdown.
The visitors' fly-half kicked 12 points and the winger scored a sublime solo try, sidestepping three defenders from inside his own half.
"The boys showed real character. At half-time we talked about staying patient and trusting our structures," the visiting captain said.
The home coach was furious about a disallowed try that would have put his side ahead with five minutes left. The television match official ruled that the ball had been knocked forward.

Vineyard owners count cost of late frost
BORDEAUX, France, April 28 (AFP) -- Winegrowers in southwest France lit thousands of candles and bonfires among the vines this week in a desperate attempt to protect young buds from a late frost, but many said the damage was already done.
Temperatures plunged to minus 5 Celsius in some valleys before dawn on Tuesday, blackening shoots that had emerged early after an unusually warm March. Some growers hired helicopters to circulate warmer air over their plots.
"We've lost perhaps half of the harvest in the lower parcels," said a fourth-generation winemaker, surveying rows of withered leaves. "You work all year and one night takes it away."
The agriculture ministry said it would assess the damage and consider emergency aid, including deferrals of social charges and low-interest loans.
Frost episodes in spring have become more damaging as milder winters encourage vines to bud earlier, agronomists say.

Formula One: Pole position for home favourite
SILVERSTONE, England, July 6 (Reuters) - The home favourite took pole position for the British Grand Prix on Saturday with a blistering final lap, edging his team mate by 0.043 seconds in a qualifying session disrupted by a brief rain shower.
The championship leader could only manage fourth after making a mistake at the final corner on his last run, and will start from the second row.
"The crowd gives you an extra tenth, I'm convinced of it," the polesitter said. "The car was on rails in the dry."
Teams are expecting a two-stop race, with the softest tyres degrading quickly on the abrasive track surface. Forecasters predict a 40 percent chance of showers during the race.
The stewards were investigating an incident in which two cars came close to colliding in the pit lane during the second session.

Study links poor sleep to higher dementia risk
LONDON, Sept 14 (Reuters) - People who regularly sleep six hours or less a night in their 50s and 60s have a higher risk of developing dementia later in life, according to a large study that followed nearly 8,000 adults for 25 years.
The researchers found a 30 percent higher risk of dementia among short sleepers compared with those who slept seven hours, after accounting for factors such as smoking, physical activity, obesity and mental health.
The study cannot prove that lack of sleep causes dementia, the authors said, but the findings were consistent with laboratory evidence that sleep helps the brain clear proteins associated with Alzheimer's disease.
"Sleep is not a luxury. It may be one of the things that protects the brain as we age," said the lead author, an epidemiologist.
Experts not involved in the research said the results underscored the importance of good sleep habits, though they noted that sleep was measured largely through self-reported questionnaires.

Fashion house names new creative director
MILAN, Jan 12 (Reuters) - The Italian fashion house named a 38-year-old designer as its new creative director on Friday, betting on a rising star known for sculptural tailoring and gender-fluid collections to revive flagging sales.
The appointment follows the abrupt departure last year of the previous creative director after a decade in the role. The designer will present a debut collection at the label's runway show in September.
Luxury analysts said the brand had lost momentum with younger shoppers and that the new hire signalled a push toward more experimental, attention-grabbing designs.
"It's a bold choice. The question is whether the brand's core customers will follow," said a consultant who advises luxury companies.
The label's parent company reported a 6 percent drop in sales in the third quarter, hurt by weaker demand in China and the United States.

Soldiers killed in ambush near border
ISLAMABAD, Aug 2 (Reuters) - Gunmen ambushed a military convoy near the Afghan border on Friday, killing six soldiers and wounding four in one of the deadliest attacks on security forces in the region this year, the army said.
The militants opened fire with automatic weapons and rocket-propelled grenades as the convoy passed through a narrow mountain valley, the army's media wing said in a statement. Troops returned fire, killing three attackers.
No group immediately claimed responsibility, but suspicion fell on an insurgent alliance that has stepped up attacks since a ceasefire collapsed.
Security analysts said the militants had exploited rugged terrain and porous borders to regroup. The government has accused the neighbouring country of harbouring fighters, a charge its rulers deny.
A search operation was under way in the surrounding hills, officials said.

Bakery chain recalls sandwiches over listeria fears
LONDON, June 7 (PA) - A high street bakery chain recalled several lines of pre-packed sandwiches and wraps on Friday after routine testing found listeria at one of its suppliers' factories.
The Food Standards Agency said customers should not eat the affected products and should return them to stores for a full refund. No illnesses had been reported.
Listeria can cause serious infections in pregnant women, newborn babies, the elderly and people with weakened immune systems, though healthy adults usually suffer only mild symptoms.
The supplier said it had halted production at the site, deep-cleaned equipment and was carrying out further tests. "Food safety is our absolute priority," a spokesperson said.
The chain said it had switched to an alternative supplier and expected shelves to be fully stocked by Monday.

Volcano erupts, sending ash plume over villages
REYKJAVIK, Dec 19 (Reuters) - A volcano on a peninsula southwest of the capital erupted late on Monday, sending lava fountains and a plume of ash into the night sky after weeks of intense earthquake activity, the meteorological office said.
The eruption began from a fissure about 3.5 km long, and lava was flowing away from a nearby fishing town that had been evacuated in November. A geothermal power plant and a popular spa were closed as a precaution.
"This is a large eruption, much bigger than the previous ones on the peninsula," a volcanologist told public broadcaster. "But it is in a good location, away from infrastructure."
Flights at the international airport continued as normal, the airport operator said, though authorities warned that gas pollution could affect air quality if winds shifted.
Scientists had recorded tens of thousands of tremors in the area since late October as magma accumulated in a corridor beneath the town.

Treasury yields climb as traders pare rate-cut bets
NEW YORK, Feb 14 (Reuters) - U.S. Treasury yields rose on Wednesday, with the two-year note touching its highest in two months, after hotter-than-expected consumer price data led traders to scale back bets on interest rate cuts in the first half of the year.
The benchmark 10-year yield rose 6 basis points to 4.31%, while the two-year yield, which is more sensitive to rate expectations, climbed 8 bps to 4.66%. The yield curve's inversion, a closely watched recession indicator, deepened slightly.
Fed funds futures implied a roughly 35% chance of a cut in May, down from about 60% a week ago. "The disinflation narrative just took a hit," said a rates strategist. "Sticky shelter costs and services ex-housing are the problem."
Investors are also digesting heavy corporate issuance. Investment-grade companies sold more than $150 billion of bonds so far this month, near a record pace, as borrowers rushed to lock in financing.
The Treasury will auction $25 billion of 20-year bonds on Thursday. Weak demand at last week's 30-year sale, with a tail of 2 basis points, rattled some dealers.

Judge rules against landlord in eviction case
CHICAGO, Aug. 23 (AP) -- A Cook County judge on Friday ruled that a landlord unlawfully tried to evict tenants of a 40-unit building by shutting off heat and hot water during a cold snap, ordering the company to pay damages and restore services.
The tenants, many of them elderly or disabled, testified that they had gone weeks without heat last winter while the landlord ignored repeated complaints and city inspectors' citations.
"This was constructive eviction, plain and simple," the judge said from the bench, citing a pattern of neglect intended to force tenants out so the building could be renovated and rented at higher prices.
The landlord's attorney argued that a boiler failure was an unforeseeable accident and that repairs were delayed by a parts shortage. He said his client would consider an appeal.
Tenant advocates said the ruling, which included punitive damages, sent a message to property owners who use harassment to clear buildings. The city has sued several landlords under an anti-harassment ordinance passed two years ago.
Legal experts noted that the judge awarded attorneys' fees, which could encourage more tenants to bring such claims pro bono or on contingency.

Quirky museum of broken relationships opens branch
ZAGREB, May 16 (Reuters) - A museum that displays mementos donated by people whose relationships have ended, from wedding dresses to an axe used to chop up an ex-partner's furniture, opened a new branch on Thursday.
Each object is accompanied by an anonymous note telling its story, some heartbreaking, some wry. A toaster comes with the caption: "He took the kettle, I kept this."
The founders, a former couple who came up with the idea after their own breakup, said the museum had received thousands of donations from dozens of countries since it opened its doors.
"Everyone has a story like this. It's a way of saying goodbye without throwing everything away," one of the founders said.
Visitors can add their own confessions to a wall of sticky notes near the exit. The museum also runs workshops on grief, resilience and, occasionally, reconciliation.

Baseball: Slugger hits walk-off homer in 11th inning
BOSTON, Sept. 2 (AP) -- The slugger hit a two-run homer in the bottom of the 11th inning, lifting the hosts to a 6-4 walk-off win on Monday and keeping them within a game of the final wild-card spot.
With the automatic runner on second, he drove a full-count fastball over the Green Monster for his 38th home run of the season, setting off a celebration at home plate.
The visitors had taken the lead in the top of the inning on a sacrifice fly. Their closer, who had converted 31 straight save opportunities, blew his first chance since May.
"Every at-bat matters right now," the slugger said. "We're scoreboard-watching, but we can only control what we do."
The hosts' starter allowed two runs over six innings with eight strikeouts, and four relievers combined for five scoreless innings before the 11th. The bullpen has a 2.41 ERA over the last month.
The teams play the second game of a three-game series on Tuesday night, with a left-hander making his first start off the injured list.

Ramen craze spreads to small towns
TOKYO, Nov 30 (Reuters) - A decade ago, diners who wanted a bowl of rich tonkotsu broth had to travel to big cities. Now noodle shops are opening in rural towns across the country, driven by young chefs priced out of urban rents and by social media buzz.
One shop in a mountain village of fewer than 2,000 people draws queues of up to three hours on weekends, with visitors driving in from neighbouring prefectures for its slow-simmered pork bone broth and handmade noodles.
"I wanted to do something where I could see my customers' faces and grow my own vegetables," said its 34-year-old owner, who trained at a famous shop in the capital before moving back to his hometown.
Local officials have welcomed the shops as a way to revitalise depopulating areas. Some towns offer subsidies for renovating vacant houses into restaurants.
But rising costs for flour, pork and energy have squeezed margins, and several shops have raised prices above 1,000 yen a bowl, a psychological threshold for many diners.

Hackers steal data of millions in ransomware attack
SYDNEY, Oct 4 (Reuters) - Hackers stole personal data of about 9.7 million current and former customers of a health insurer in a ransomware attack, the company said on Tuesday, including names, dates of birth, Medicare numbers and some medical claims data.
The insurer said it would not pay a ransom, following advice from the government that payment would only encourage further attacks and would not guarantee the data would be deleted.
The cybercriminals have begun posting files on a dark web forum, including records related to sensitive treatments. Police warned that anyone who downloaded or shared the data could face prosecution.
"This is a despicable crime," the cybersecurity minister said. "The people responsible should be hunted down."
The breach is the latest in a spate of high-profile hacks that have prompted the government to propose tougher penalties for companies that fail to protect customers' data. Shares of the insurer fell 18% when trading resumed.
Security researchers said the attackers had probably gained access through a compromised employee login that lacked multifactor authentication.

Marathon winner collapses after crossing finish line
CHICAGO, Oct. 13 (AP) -- The winner of the men's race at the city's marathon collapsed moments after crossing the finish line on Sunday but was conscious and talking after being treated by medics, race officials said.
He won in 2 hours, 4 minutes and 37 seconds, pulling away from a pack of four runners in the final 5 kilometres on a cool, breezy morning. The women's race was won in a course record.
Temperatures at the start were about 45 Fahrenheit, but officials said the runner appeared to be suffering from exhaustion and dehydration. He was taken to a medical tent on a stretcher.
About 48,000 runners started the race, which raised more than $25 million for charity. Wheelchair races were won by athletes from Switzerland and the United States.
Race organisers said they had stationed extra medical staff along the course and at the finish after a rise in heat-related illnesses at last year's event.

Villagers build stone walls to slow desert
NOUAKCHOTT, Jan. 8 (AFP) -- In a village on the edge of the Sahara, farmers are piling stones into low half-moon walls across barren slopes, a centuries-old technique that is helping them capture scarce rain and coax crops from soil that had turned to dust.
The crescent-shaped barriers trap runoff and windblown seeds, allowing grasses and shrubs to take root. Within two seasons, plots that yielded almost nothing were producing millet and sorghum, farmers said.
"Before, the water ran away and took the earth with it. Now the earth stays," said a 58-year-old farmer, leaning on a hoe.
The project, backed by a regional development programme, has restored about 1,200 hectares around a dozen villages. Women's cooperatives sell surplus grain and run tree nurseries.
Experts say such low-tech methods, combined with planting drought-tolerant trees, can slow desertification across the Sahel, where rainfall has become more erratic and populations are growing fast.

Town votes to keep its medieval bell ringing at dawn
SALISBURY, England, March 2 (PA) - Residents of a market town have voted overwhelmingly to keep a church bell that has rung at 6am every day for more than 400 years, rejecting a complaint from newcomers who said it disturbed their sleep.
In a referendum organised by the town council, 87 per cent of voters backed the dawn bell, which is rung by volunteers using a rope in the tower. Turnout was 61 per cent.
"It's part of who we are. People set their clocks by it," said one of the ringers, who has climbed the tower stairs most mornings for 23 years.
The couple whose complaint prompted the vote said they respected the result. "We've bought earplugs," one of them said.
The bell, cast in 1611, was briefly silenced during the Second World War, when church bells in Britain were reserved as a warning of invasion.
"""  # noqa: E501


# --------------------------------------------------------------------------------------
# Generated copy: sentences built from templates, to exercise numbers, units, dates,
# contractions, possessives, compounds and abbreviations in many combinations.

_GEN_SUBJECTS = (
    "The ministry",
    "Police",
    "The company",
    "Her lawyer",
    "The agency's spokeswoman",
    "Officials",
    "The mayor's office",
    "Investors",
    "The union",
    "Analysts",
    "The 10-member panel",
    "Residents",
    "The court",
    "Emergency crews",
    "A senior diplomat",
)
_GEN_VERBS = (
    "said",
    "told reporters",
    "warned",
    "confirmed",
    "estimated",
    "announced",
    "reported",
    "added",
    "acknowledged",
    "predicted",
)
_GEN_CLAUSES = (
    "that {n} people had been evacuated from low-lying districts by {t}",
    "the {y}s were the last time prices rose so fast",
    "it expected profit of {m} mln dlrs, up {p} pct from a year earlier",
    "a {a}-year-old man was arrested at about {t} on {d}",
    "output would reach {n} barrels a day by the {o} quarter",
    "the {k}-km pipeline had been shut since {d} for repairs",
    "it's too early to say whether the {a}-member team's findings will hold",
    "they'd hoped for a ceasefire before the {o} round of talks",
    "the government's {m} billion euro package wasn't enough",
    "wages rose {p} percent year-on-year, the fastest pace since the early {y}s",
    "the {a}-storey building's upper floors couldn't be reached",
    "COVID-19 restrictions had been lifted in {d}, {n} days after the peak",
    "about {n} tonnes of grain left the port on {d}",
    "the plane landed at {t} after a {k}-minute delay",
    "shares fell {p} pct to {m} cts in {d} trading",
    "{n} of the {a} passengers were treated for minor injuries",
    "the bill passed {a}-{k} in the upper house on {d}",
    "a {k}-mph gust toppled trees across the {o} district",
    "it would cost ${m} million to rebuild the {k}-mile stretch of road",
    "the team hadn't won away from home since the {y}s",
)
_GEN_TIMES = ("5pm", "7:30 a.m.", "11am", "9 p.m.", "midnight", "noon", "2:15 p.m.", "0600 GMT")
_GEN_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_GEN_ORDINALS = ("1st", "2nd", "3rd", "4th", "fifth", "second", "third", "21st")


def generated_copy(rng: random.Random, stories: int = 12, sentences: int = 14) -> list[str]:
    """Template stories with numbers, dates, units and contractions in every slot."""
    out = []
    for number in range(stories):
        lines = [f"Officials report figures for region {number + 1} as talks continue"]
        for _ in range(sentences):
            clause = rng.choice(_GEN_CLAUSES).format(
                n=f"{rng.randint(2, 99):,}"
                if rng.random() < 0.5
                else f"{rng.randint(1000, 99999):,}",
                t=rng.choice(_GEN_TIMES),
                y=rng.choice((1970, 1980, 1990, 2000)),
                m=f"{rng.randint(1, 950)}.{rng.randint(0, 9)}",
                p=f"{rng.randint(1, 40)}.{rng.randint(0, 9)}",
                a=rng.randint(2, 90),
                d=rng.choice(_GEN_DAYS),
                o=rng.choice(_GEN_ORDINALS),
                k=rng.randint(3, 400),
            )
            lines.append(f"{rng.choice(_GEN_SUBJECTS)} {rng.choice(_GEN_VERBS)} {clause}.")
        out.append("\n".join(lines))
    return out


# --------------------------------------------------------------------------------------
# Stories: the first line is the headline, every other line a paragraph.


def build_story(block: str) -> tuple[Story, tuple[str, ...]]:
    lines = tuple(block.split("\n"))
    paragraphs = tuple(
        Paragraph(text=line, spans=(Span(start=0, line=number, column=1),))
        for number, line in enumerate(lines[1:], start=2)
    )
    story = Story(
        source=Source(path=None, sha256="", encoding="utf-8", newline="\n"),
        headline=lines[0],
        byline=None,
        dateline=None,
        captions=(),
        paragraphs=paragraphs,
        related=(),
        removed=(),
        headline_line=1,
    )
    return story, lines


def check_block(block: str) -> list[Finding]:
    story, lines = build_story(block)
    return findings(Context(story=story, lines=lines))


def word_count(blocks: Sequence[str]) -> int:
    return sum(len(b.split()) for b in blocks)


# --------------------------------------------------------------------------------------
# Misspelling sources.


def codespell_pairs() -> dict[str, tuple[str, ...]]:
    """codespell's main list (misspelling -> corrections), read from the installed package.

    Only its data file is read. The "rare" list is not used (its entries are words).
    """
    try:
        path = Path(str(metadata.distribution("codespell").locate_file(CODESPELL_FILE)))
        raw = path.read_text(encoding="utf-8")
    except (metadata.PackageNotFoundError, OSError):
        sys.exit("measure_spelling needs the codespell package installed (for its word list)")
    pairs = {}
    for line in raw.splitlines():
        key, sep, rest = line.partition("->")
        if sep:
            pairs[key.strip()] = tuple(f.strip() for f in rest.split(",") if f.strip())
    return pairs


def inverted(pairs: dict[str, tuple[str, ...]]) -> dict[str, list[str]]:
    """correction -> misspellings (lowercase plain entries only)."""
    out: dict[str, list[str]] = {}
    for key, fixes in sorted(pairs.items()):
        if not PLAIN_RE.fullmatch(key):
            continue
        for fix in fixes:
            out.setdefault(fix, []).append(key)
    return out


_PHONETIC = (
    ("ph", "f"), ("f", "ph"), ("ie", "ei"), ("ei", "ie"), ("ance", "ence"), ("ence", "ance"),
    ("ant", "ent"), ("ent", "ant"), ("able", "ible"), ("ible", "able"), ("tion", "sion"),
    ("sion", "tion"), ("ce", "se"), ("se", "ce"), ("ci", "si"), ("ck", "k"), ("ea", "ee"),
    ("ee", "ea"), ("er", "or"), ("or", "er"), ("ar", "er"), ("er", "ar"), ("ary", "ery"),
    ("ery", "ary"), ("ous", "us"), ("wh", "w"), ("ght", "t"), ("kn", "n"), ("wr", "r"),
    ("mb", "m"), ("sc", "s"), ("x", "cks"), ("ai", "ay"), ("ay", "ai"), ("ie", "y"),
    ("y", "ie"), ("ew", "oo"), ("oo", "u"), ("al", "el"), ("el", "al"), ("le", "el"),
    ("c", "k"), ("k", "c"), ("s", "z"), ("z", "s"), ("dge", "ge"), ("tch", "ch"),
    ("ise", "ize"), ("ought", "aught"), ("ough", "uff"), ("ei", "ee"), ("i", "e"), ("e", "i"),
    ("a", "e"), ("e", "a"), ("o", "u"),
)  # fmt: skip
_KEYBOARD = {
    c: n
    for row in ("qwertyuiop", "asdfghjkl", "zxcvbnm")
    for i, c in enumerate(row)
    for n in [row[max(0, i - 1) : i] + row[i + 1 : i + 2]]
}


def human_misspelling(word: str, rng: random.Random) -> tuple[str, str]:
    """(kind, misspelling) of a lowercase word, the way people slip."""
    kind = rng.choice(("drop", "double", "swap", "substitute", "phonetic", "phonetic"))
    i = rng.randrange(len(word))
    if kind == "drop":
        return kind, word[:i] + word[i + 1 :]
    if kind == "double":
        return kind, word[: i + 1] + word[i] + word[i + 1 :]
    if kind == "swap":
        i = min(i, len(word) - 2)
        return kind, word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if kind == "substitute":
        near = _KEYBOARD.get(word[i], "") or "e"
        return kind, word[:i] + rng.choice(near) + word[i + 1 :]
    options = [(a, b) for a, b in _PHONETIC if a in word[1:]]
    if not options:
        return "drop", word[:i] + word[i + 1 :]
    a, b = rng.choice(options)
    at = [m.start() for m in re.finditer(re.escape(a), word) if m.start() > 0]
    j = rng.choice(at)
    return kind, word[:j] + b + word[j + len(a) :]


# --------------------------------------------------------------------------------------
# Injection and scoring.

WORD_RE = re.compile(r"(?<![\w'\u2019-])[A-Za-z]+(?![\w'\u2019-])")


@dataclass
class Score:
    injected: int = 0
    caught: int = 0
    top_right: int = 0
    fixes: int = 0  # findings with exactly one correction (what `fix` applies)
    fixes_right: int = 0
    caught_by: dict[str, int] = field(default_factory=dict)
    missed: list[str] = field(default_factory=list)
    wrong_top: list[str] = field(default_factory=list)
    by_kind: dict[str, list[int]] = field(default_factory=dict)

    def pct(self, part: int, whole: int) -> str:
        return f"{100 * part / whole:.1f}%" if whole else "n/a"


def _case(word: str, like: str) -> str:
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


def inject(
    blocks: Sequence[str],
    choose: Callable[[str, bool], tuple[str, str] | None],
    rng: random.Random,
    codes: frozenset[str],
    rounds: int,
    every: int = 25,
) -> Score:
    """Replace about one word in ``every`` with ``choose(word, at_sentence_start)``."""
    score = Score()
    for _ in range(rounds):
        for block in blocks:
            lines = block.split("\n")
            expected: dict[tuple[int, int], tuple[str, str, str]] = {}
            for number in range(1, len(lines)):  # body paragraphs only
                line = lines[number]
                pieces, last = [], 0
                for m in WORD_RE.finditer(line):
                    word = m.group()
                    if rng.randrange(every):
                        continue
                    capital = word.istitle() and _sentence_start(line, m.start())
                    if not (word.islower() or capital):
                        continue
                    picked = choose(word.lower(), word[:1].isupper())
                    if picked is None:
                        continue
                    kind, wrong = picked
                    wrong = _case(wrong, word)
                    pieces.append(line[last : m.start()])
                    column = sum(len(p) for p in pieces) + 1
                    pieces.append(wrong)
                    last = m.end()
                    expected[(number + 1, column)] = (kind, wrong, word)
                pieces.append(line[last:])
                lines[number] = "".join(pieces)
            if not expected:
                continue
            got = {(f.line, f.column): f for f in check_block("\n".join(lines)) if f.code in codes}
            for position, (kind, wrong, right) in expected.items():
                score.injected += 1
                tally = score.by_kind.setdefault(kind, [0, 0])
                tally[0] += 1
                f = got.get(position)
                if f is None or f.word != wrong:
                    score.missed.append(f"{wrong} ({right})")
                    continue
                score.caught += 1
                tally[1] += 1
                score.caught_by[f.code] = score.caught_by.get(f.code, 0) + 1
                if len(f.corrections) == 1:
                    score.fixes += 1
                    score.fixes_right += f.corrections == (right,)
                if f.corrections[:1] == (right,):
                    score.top_right += 1
                else:
                    score.wrong_top.append(f"{wrong} -> {f.corrections[:1]} ({right})")
    return score


def _sentence_start(line: str, start: int) -> bool:
    before = line[:start].rstrip(" \"'(\u201c\u2018").rstrip("\"'\u201d\u2019)")
    return not before or before[-1] in ".!?"


# --------------------------------------------------------------------------------------


def measure_load() -> tuple[float, float, float]:
    """(ms to load the tables, MB they take, ms to check the first story) in a fresh process."""
    code = (
        "import time, tracemalloc\n"
        "from wirecheck.spelling import tables\n"
        "tracemalloc.start()\n"
        "t0 = time.perf_counter()\n"
        "lex = tables.lexicon()\n"
        "t1 = time.perf_counter()\n"
        "lex.known('government'); lex.misspelling('disolved')\n"
        "mem = tracemalloc.get_traced_memory()[0]\n"
        "print((t1 - t0) * 1000, mem / 1e6)\n"
    )
    runs = []
    for _ in range(5):
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        ).stdout.split()
        runs.append((float(out[0]), float(out[1])))
    runs.sort()
    load_ms, mem_mb = runs[len(runs) // 2]
    return load_ms, mem_mb, 0.0


def real_copy(folder: Path) -> list[str]:
    """Stories of a folder with a ``gold.jsonl`` (title and article text per line).

    For the naeb-dev set in shared/data: measured in place, never copied. Non-English
    articles are left out, by the test the spelling rules use to skip them.
    """
    stories = []
    for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        body = [p.strip() for p in str(row.get("text", "")).split("\n") if p.strip()]
        if body:
            story = "\n".join([str(row.get("title") or "Untitled").replace("\n", " "), *body])
            if english_words(set(SCAN_RE.findall(story))) and not other_language(story):
                stories.append(story)
    return stories


def false_flags(blocks: Sequence[str]) -> tuple[list[Finding], list[Finding], float]:
    """(WC101 findings, WC102 findings, seconds) over clean stories."""
    t0 = time.perf_counter()
    flags = [f for b in blocks for f in check_block(b)]
    elapsed = time.perf_counter() - t0
    return (
        [f for f in flags if f.code == "WC101"],
        [f for f in flags if f.code == "WC102"],
        elapsed,
    )


def report(
    title: str, blocks: Sequence[str], known: Score, human: Score, show: bool
) -> tuple[list[Finding], float]:
    words = word_count(blocks)
    wc101, wc102, elapsed = false_flags(blocks)
    print(f"== {title}: {len(blocks)} stories, {words:,} words")
    print("False flags per 1,000 words (every finding on copy taken as clean):")
    print(f"  WC101 known-misspelling: {len(wc101)} = {1000 * len(wc101) / words:.3f}"
          "   (target <= 0.05)")  # fmt: skip
    print(f"  WC102 unknown-word:      {len(wc102)} = {1000 * len(wc102) / words:.3f}"
          "   (target <= 1)")  # fmt: skip
    s = known
    print(f"Known misspellings (codespell list) injected: {s.injected}")
    print(f"  WC101 recall:            {s.pct(s.caught, s.injected)}   (target >= 98%)")
    print(
        f"  fix right (one correction, {s.pct(s.fixes, s.caught)} of findings): "
        f"{s.pct(s.fixes_right, s.fixes)}   (target >= 95%)"
    )
    print(f"  top suggestion right, all findings (ambiguous entries ranked in context): "
          f"{s.pct(s.top_right, s.caught)}")  # fmt: skip
    s = human
    print(f"Human-style misspellings (not words) injected: {s.injected}")
    print(f"  WC101+WC102 recall:      {s.pct(s.caught, s.injected)}   (target >= 75%)")
    for code, n in sorted(s.caught_by.items()):
        print(f"    caught by {code}:      {n}")
    for kind, (n, caught) in sorted(s.by_kind.items()):
        print(f"    {kind:<10} {s.pct(caught, n):>6} of {n}")
    print(f"  top suggestion right:    {s.pct(s.top_right, s.caught)}")
    if show:
        print("  flags:", ", ".join(f"{f.code} {f.word}" for f in wc101 + wc102))
        print("  missed known:", ", ".join(known.missed[:60]))
        print("  wrong first fix (known):", "; ".join(known.wrong_top[:30]))
        print("  missed human:", ", ".join(human.missed[:100]))
        print("  wrong first suggestion (human):", "; ".join(human.wrong_top[:40]))
    print()
    return wc101 + wc102, elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=4)
    parser.add_argument("--rounds", type=int, default=6, help="injection rounds per story")
    parser.add_argument("--show", action="store_true", help="list flags, misses, wrong fixes")
    parser.add_argument(
        "--real",
        type=Path,
        default=REAL_COPY,
        help="folder with gold.jsonl of real articles (default: shared/data/naeb-dev)",
    )
    args = parser.parse_args()
    rng = random.Random(args.seed)
    pairs = codespell_pairs()
    by_fix = inverted(pairs)
    lex = lexicon()

    def known_choice(word: str, capital: bool) -> tuple[str, str] | None:
        options = by_fix.get(word)
        return ("known", rng.choice(options)) if options else None

    def human_choice(word: str, capital: bool) -> tuple[str, str] | None:
        if len(word) < 4:
            return None
        for _ in range(5):
            kind, wrong = human_misspelling(word, rng)
            if wrong != word and not lex.known(wrong) and not lex.known(wrong.lower()):
                return kind, wrong
        return None

    def injected(blocks: Sequence[str], rounds: int) -> tuple[Score, Score]:
        known = inject(blocks, known_choice, rng, frozenset({"WC101"}), rounds, every=8)
        human = inject(blocks, human_choice, rng, frozenset({"WC101", "WC102"}), rounds)
        return known, human

    print(f"wirecheck spelling measurement (seed {args.seed})\n")
    written = [b.strip() for b in CLEAN_COPY.split("\n\n") if b.strip()]
    generated = generated_copy(rng)
    clean = written + generated
    known, human = injected(written, args.rounds)
    _, elapsed = report(
        f"Invented copy ({len(written)} written, {len(generated)} generated)",
        clean,
        known,
        human,
        args.show,
    )

    if (args.real / "gold.jsonl").is_file():
        real = real_copy(args.real)
        known, human = injected(real, 1)
        report(f"Real articles in {args.real.name} (English only)", real, known, human, args.show)
    else:
        print(f"(no real copy measured: {args.real}/gold.jsonl not found)\n")

    listed = Score()
    template = "Officials said the {} was discussed at length on Tuesday."
    for key in sorted(k for k in pairs if PLAIN_RE.fullmatch(k)):
        got = [
            f for f in check_block("Talks continue\n" + template.format(key)) if f.code == "WC101"
        ]
        listed.injected += 1
        if got:
            listed.caught += 1
            listed.top_right += got[0].corrections[:1] == pairs[key][:1]
        else:
            listed.missed.append(key)
    s = listed
    print(f"Every lowercase entry of codespell's list, in a template sentence: {s.injected:,}")
    print(f"  WC101 recall:            {s.pct(s.caught, s.injected)}")
    print(f"  first correction = list's first: {s.pct(s.top_right, s.caught)}")
    if args.show:
        print("  missed:", len(listed.missed), ", ".join(listed.missed[:80]))
    print()

    load_ms, mem_mb, _ = measure_load()
    print("Cost:")
    print(f"  table load: {load_ms:.1f} ms, {mem_mb:.1f} MB (fresh process, median of 5)")
    print(f"  checking the invented copy: {1000 * elapsed / len(clean):.2f} ms per story")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
