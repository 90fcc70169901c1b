"""Quality floors on thirty-nine gold sets written without seeing the engine's rules.

- ``tests/data/heldout`` (6 articles): measured blind at f1 0.903, direct f1 0.870,
  speaker 0.804, cue 0.964; its errors were then read to fix general rules, so it is now
  development data like the seeds (f1 1.0 since).
- ``tests/data/blind`` (5 articles): written afterwards and measured blind up to commit
  e6c0d1d (f1 0.865, speaker 0.911, cue 0.933). Its texts were then read while mending
  regressions, and a test sentence follows one of them, so it is development data too.
- ``tests/data/blind2`` (5 articles): written by someone who never ran the engine, and
  never used to tune anything (f1 0.876, speaker 0.906 when added; its errors were never
  read since).
- ``tests/data/dev3`` (16 articles, three annotators): written for the rules of 2026-11-22
  and read to fix them (f1 0.897, speaker 0.706 before; 0.933 and 0.856 after): development.
- ``tests/data/blind3`` (5 articles): written the same day by another annotator who never
  saw the engine, the rules or the other sets, and never read: with ``blind2`` the honest
  measure of how the engine does on new text. Read its errors only to open issues, and
  add a new blind set when one has been used to tune.
- ``tests/data/dev4`` (15 articles, three annotators, written later on 2026-11-22 on
  politics, justice and local news, economy, sport and culture): read to fix rules (f1
  0.942, speaker 0.814 before).
- ``tests/data/blind4`` (6 articles): written the same day by a fourth annotator and never
  read, like ``blind3``.
- ``tests/data/dev5`` (10 articles, two annotators, written on 2026-11-22 for the next
  session: health, floods, diplomacy, schools, rail strike, industry, farmers, an assize
  trial, cycling, a novelist): read to fix rules (speaker 0.703 and 0.726 on its two
  halves before).
- ``tests/data/blind5`` (6 articles): written the same day by a third annotator, never read.
- ``tests/data/blind6`` (6 articles, written in the next session by another annotator on
  a pension debate, a bank fraud, a rugby final, floods, a diplomatic crisis and a
  teachers' strike): never read.
- ``tests/data/dev6`` (10 articles, written the same day by another annotator: a tram
  row, an assize trial, a migration summit, a coach sacked, emergency rooms, wine growers,
  a research finding, a car-factory strike, a wildfire, a film director): read to fix
  rules (f1 0.908, speaker 0.859 before).
- ``tests/data/dev7`` (10 articles, written later that session by another annotator with
  hard speaker references on purpose: a data leak, an election night, a heatwave, a
  corruption verdict, ceasefire talks, an exhibition, measles, a transfer saga, a factory
  fire, a union leader's portrait): read to fix rules (f1 0.930, speaker 0.726 before).
- ``tests/data/dev8`` (10 articles, written in the session after by two annotators: a
  nuclear-plant leak, wolf attacks, an air-traffic strike, an appeal murder trial, a town
  budget, a defence summit, a rural emergency room, start-up lay-offs, a festival row, a
  basketball final): read to fix rules (f1 0.937, speaker 0.844 before).
- ``tests/data/dev9`` (10 articles, written later that session by two more annotators: a
  ferry accident, a tennis retirement, a wind-farm vote, a former mayor's appeal, a taxi
  strike, a state visit, a hospital cyberattack, a dairy cooperative, a festival jury row,
  a police shooting): read to fix rules (f1 0.979, speaker 0.912 before).
- ``tests/data/blind7`` (6 articles, written the same day by a third annotator: a
  pesticide vote, an avalanche, a tax debate in the Senate, school bullying, a drug
  shortage, a diplomatic crisis): never read.
- ``tests/data/dev10`` (10 articles, written in the session after by two annotators: an
  assize verdict, a coach sacked, a factory closure, a commission of inquiry, a heatwave,
  a state visit to Benin, a Tour de France stage, a drug raid in Marseille, an actor at
  Cannes, infections at a clinic): read to fix rules (f1 0.923, speaker 0.835 before).
- ``tests/data/blind8`` (10 articles, written the same day by two more annotators: a
  corruption trial, a car-factory strike, a satellite launch, a flood, a rugby match, a
  migration summit, emergency rooms, a literary prize, a wolf attack, a cyberattack on a
  town hall): never read.
- ``tests/data/dev11`` (10 articles, written in the session after by two annotators: an
  annulled mayoral election, nurses resigning, a Champions League night, an expelled
  ambassador, bird flu, a chef closing her restaurant, a village school closure, a cycling
  classic, a tax-fraud inquiry, a euthanasia bill): read to fix rules.
- ``tests/data/blind9`` (10 articles, written the same day by two more annotators: a
  launcher failure, a supermarket strike, a handball semi-final, a medical-error appeal, a
  forest fire, a tramway row, a ransomware attack on a newspaper, a minister's
  resignation, a first-novel prize, a shark scare): never read.
- ``tests/data/dev12`` (10 articles, written in the session after by two annotators: a
  school-bus crash, a Roland-Garros quarter-final, a market-regulator inquiry, a rail line
  reopened, drought restrictions, an assize trial, a Tour de France stage, a pension
  debate, a stolen painting, a hospital cyberattack): read to fix rules.
- ``tests/data/blind10`` (10 articles, written the same day by two more annotators: a
  Six Nations match, a factory closure, a teachers' strike, floods, a corruption trial, an
  avalanche, climate talks, a doping case, a housing bill, a crypto-investment scam):
  never read.
- ``tests/data/dev13`` (10 articles, written in the session after by two annotators: a
  measles outbreak, an air-traffic strike, a constitutional ruling, a stranded whale, a
  drug shortage, a nuclear incident, a Champions League final, a cyber-harassment trial, a
  motorway blockade, a town's tax rise): read to fix rules.
- ``tests/data/blind11`` (10 articles, written the same day by two more annotators: a
  lithium mine, a marathon, a building collapse, a card-payment outage, a rail strike, a
  bear attack, a pupil stabbed, hail on vineyards, a tennis farewell, a European vote on
  cars): never read.
- ``tests/data/dev14`` (10 articles, written in the session after by two annotators: bird
  flu in duck farms, a landslide, a football club's takeover, an offshore wind farm
  suspended, a garbage strike, a drought, a freight-train derailment, the César awards, a
  CNIL fine, a maternity ward closing): read to fix rules.
- ``tests/data/blind12`` (10 articles, written the same day by two more annotators: an
  earthquake, a swimming world title, a bank hostage-taking, a university occupation, a
  chemical-plant fire, a village-merger referendum, a Dakar stage, a drug plant moving
  abroad, jellyfish on beaches, a lawyers' strike): never read.
- ``tests/data/dev15`` (10 articles, written in the session after by two annotators: a
  forest fire, a Senate vote on immigration, Paris-Roubaix, a listeria recall, a restored
  cathedral, evictions in a housing estate, an aid worker kidnapped, a Top 14 final, a
  regional airline's bankruptcy, microplastics in rivers): read to fix rules.
- ``tests/data/blind13`` (10 articles, written the same day by two more annotators: a
  storm flooding a town, a handball final, a former minister's trial, a start-up's
  layoffs, a wolf in the Vosges, a hospital cyberattack, a speech on pensions, a
  Gallo-Roman villa found, a slalom, contaminated drinking water): never read.
- ``tests/data/dev16`` (10 articles, written in the session after by two annotators: a
  farmers' motorway blockade, a heatwave, an Olympic regatta, fraud at a housing agency,
  a wind farm off the Vendée, a prison riot, vaccination at a university, a pétanque
  title, a maternity ward closing, a furniture store refused): read to fix rules.
- ``tests/data/blind14`` (10 articles, written the same day by two more annotators: a town
  hall set on fire, a record auction, a Christmas rail strike, a catfish attack, a judoka
  retiring, a scam on pensioners, a new metro line, raw-milk cheese makers, a mountain
  rescue, a municipal budget): never read.
- ``tests/data/dev17`` (10 articles, written in the session after by two annotators: a
  drowning and too few lifeguards, the best baguette of Paris, an end-of-life bill, a
  telecom data leak, a coach sacked, a bridge collapse, a comics festival, asbestos in a
  school, a tennis player suspended, an ambassador recalled): read to fix rules.
- ``tests/data/blind15`` (10 articles, written the same day by two more annotators: a
  nightclub fire, a volcanic eruption, a supermarket price war, a basketball final, ivory
  seized at customs, a hunting accident, a university president's plagiarism, a
  high-speed line, a fashion show, a hostage-taking in a bank): never read.
- ``tests/data/dev18`` (10 articles, written in the session after by two annotators: a
  maternity ward closing, children's antibiotics short, a wine auction record, a wolf
  attack on sheep, firefighters marching, a singer's tax-fraud trial, drones over a
  nuclear plant, a ferry broken down, a ski race, a data centre contested): read to fix
  rules.
- ``tests/data/blind16`` (10 articles, written the same day by two more annotators: a
  gendarme killed, a heat record, a rugby concussion, a strike at the Opera, a cruise
  ship fined, an offshore wind farm, a cycling team's sponsor, a bakery chain's
  bankruptcy, a school canteen poisoning, an abbey reopened): never read.
- ``tests/data/dev19`` (10 articles, written in the session after by two annotators:
  hikers rescued in the Pyrenees, forged paintings withdrawn, truck drivers blocking fuel
  depots, holiday rentals restricted, a judoka retiring, a dam evacuation, a salmonella
  recall, student rents, a Davis Cup tie, wind-farm noise): read to fix rules.
- ``tests/data/blind17`` (10 articles, written the same day by two more annotators: a
  chemical plant fire, a footballer's transfer, rural bank branches closing, a pesticide
  ban, a new frog species, taxis against ride-hailing, a cathedral spire, a lottery scam,
  a lynx escaped from a zoo, an ice-hockey final): never read.
- ``tests/data/dev20`` (10 articles, written in the session after by two annotators: a
  trawler sunk off Brittany, a campus occupied, electric scooters recalled, an
  air-traffic controllers' strike, a theatre festival cancelled, Asian hornets, a steel
  plant closing, shelters full in a cold snap, a sailor dismasted, a football club
  relegated): read to fix rules.
- ``tests/data/blind18`` (10 articles, written the same day by two more annotators: a gas
  explosion, smartphones banned in schools, a health insurer's data leak, a Euroleague
  match, a ferry strike, a bank robbery with hostages, a video-game studio's layoffs, a
  contested high-speed line, a chess prodigy, PFAS in tap water): never read.
- ``tests/data/dev21`` (10 articles, written in the session after by two annotators: a
  swimming pool closed for energy costs, an orchestra's conductor dismissed, oysters
  banned after a norovirus, a tornado in the Nord, a daycare chain accused of
  mistreatment, a circus with wild animals refused, a bookshop closing, a solar farm on
  farmland, a sinkhole in a mining town, a Christmas market cancelled): read to fix rules.
- ``tests/data/blind19`` (10 articles, written the same day by two more annotators: small-
  town cinemas closing, a castle's restoration, a rural coach line cut, a lighthouse
  keeper's house for sale, a fake charity's fraud trial, a stolen Stradivarius found, a
  town centre closed to cars, a rowing world title, a cliff collapse, a printing plant
  closing): never read.

The floors sit slightly below what the engine reaches now: they may only go up, except
where a set finds more items with as many right speakers (blind5, below).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from service.engine import extract
from service.evaluation import evaluate, load_documents

DATA_DIR = Path(__file__).resolve().parent / "data"

# set name -> (documents, floors on the overall metrics, F1 floors per type group)
SETS = {
    "heldout": (6, {"f1": 0.99, "speaker_accuracy": 0.98, "cue_accuracy": 0.98,
                    "type_accuracy": 0.98}, {"direct": 0.98, "mixed+indirect": 0.98}),
    # Measured blind: f1 0.865 (P 0.918, R 0.818), direct 0.966, mixed+indirect 0.827,
    # speaker 0.889 when added, 0.911 at e6c0d1d, cue 0.933, type 1.0; 0.963 / 0.981 since.
    "blind": (5, {"f1": 0.95, "speaker_accuracy": 0.98, "cue_accuracy": 0.96,
                  "type_accuracy": 0.98}, {"direct": 0.95, "mixed+indirect": 0.92}),
    # Measured when added (892944e): f1 0.876 (P 0.930, R 0.828), direct 1.0,
    # mixed+indirect 0.810, speaker 0.906, cue 0.981, type 0.962; at e6c0d1d it scored
    # f1 0.867, speaker 0.827; on 2026-11-22 f1 0.902, mixed+indirect 0.850, speaker 0.891,
    # cue 1.0. Later that day f1 0.911 (P 0.949, R 0.875), speaker 0.893, cue 1.0.
    # Next session: f1 0.919 (P 0.950, R 0.891), mixed+indirect 0.878, speaker 0.912.
    "blind2": (5, {"f1": 0.91, "speaker_accuracy": 0.90, "cue_accuracy": 0.97,
                   "type_accuracy": 0.96}, {"direct": 0.97, "mixed+indirect": 0.86}),
    # Measured when added: f1 0.933 (P 0.960, R 0.907), direct 0.995, mixed+indirect
    # 0.897, speaker 0.856, cue 0.992, type 1.0 (f1 0.897, speaker 0.706 at 7267c8f);
    # f1 0.953, speaker 0.871 after dev4 was read; f1 0.962, speaker 0.902 after dev5.
    "dev3": (16, {"f1": 0.95, "speaker_accuracy": 0.89, "cue_accuracy": 0.98,
                  "type_accuracy": 0.98}, {"direct": 0.98, "mixed+indirect": 0.92}),
    # Measured when added: f1 0.955 (P 0.962, R 0.949), direct 0.983, mixed+indirect
    # 0.939, speaker 0.720, cue 1.0, type 0.987 (f1 0.955, speaker 0.707 at 7267c8f);
    # speaker 0.747 once the description fallbacks read roles from ties too (04ddaf4);
    # 0.787 once a union or company noun names the body named before it and the lexicon
    # knows more professions (conservatrice, plasticien, talonneur); f1 0.962 once
    # declining to speak (« n'a pas souhaité s'exprimer ») is no report; speaker 0.800
    # once descriptions paraphrase roles and datelines are set apart (next session).
    "blind3": (5, {"f1": 0.95, "speaker_accuracy": 0.80, "cue_accuracy": 0.97,
                   "type_accuracy": 0.96}, {"direct": 0.96, "mixed+indirect": 0.92}),
    # Measured after the session's fixes: f1 0.966, direct 0.981, mixed+indirect 0.956,
    # speaker 0.865, cue 0.985 (f1 0.942, speaker 0.814 before them); f1 0.975, speaker
    # 0.892 after dev5 was read.
    "dev4": (15, {"f1": 0.96, "speaker_accuracy": 0.88, "cue_accuracy": 0.97,
                  "type_accuracy": 0.97}, {"direct": 0.97, "mixed+indirect": 0.96}),
    # Measured when added (0182fc3): f1 0.889 (P 0.917, R 0.863), direct 1.0,
    # mixed+indirect 0.836, speaker 0.727, cue 0.943, type 0.989; after the session's
    # fixes, never read: f1 0.904 (P 0.928, R 0.882), mixed+indirect 0.859, speaker 0.767,
    # cue 0.989, type 1.0; next session speaker 0.833, the rest unchanged.
    "blind4": (6, {"f1": 0.89, "speaker_accuracy": 0.82, "cue_accuracy": 0.97,
                   "type_accuracy": 0.97}, {"direct": 0.98, "mixed+indirect": 0.84}),
    # Measured in two halves before the session's rules: f1 0.965 / 0.942, speaker 0.703 /
    # 0.726; as one set once the dateline and description rules were in: f1 0.953 (P 0.971,
    # R 0.937), speaker 0.889; at the end f1 0.968, direct 1.0, mixed+indirect 0.945,
    # speaker 0.900, cue 0.993, type 0.985.
    "dev5": (10, {"f1": 0.96, "speaker_accuracy": 0.89, "cue_accuracy": 0.98,
                  "type_accuracy": 0.97}, {"direct": 0.98, "mixed+indirect": 0.93}),
    # Measured when added (abf25a6): f1 0.887 (P 0.934, R 0.845), direct 0.898,
    # mixed+indirect 0.883, speaker 0.836, cue 1.0, type 1.0; never read since: f1 0.908
    # (P 0.937, R 0.881), direct 0.941, mixed+indirect 0.893, speaker 0.857, cue 0.987;
    # speaker 0.886 once a nationality rules out a person of another (next session).
    # Since f4da815 (« juge » after its subject): f1 0.921, one more item found whose
    # speaker is wrong, so speaker 62 of 72 (0.861) where it was 62 of 71 (0.873).
    "blind5": (6, {"f1": 0.90, "speaker_accuracy": 0.85, "cue_accuracy": 0.97,
                   "type_accuracy": 0.98}, {"direct": 0.93, "mixed+indirect": 0.88}),
    # Measured when added (39f8b49): f1 0.909 (P 0.957, R 0.865), direct 0.971,
    # mixed+indirect 0.875, speaker 0.875, cue 0.978, type 1.0; f1 0.915, direct 0.986,
    # speaker 0.876 once a post's author after « sur X » was found (two sessions later).
    "blind6": (6, {"f1": 0.90, "speaker_accuracy": 0.91, "cue_accuracy": 0.97,
                   "type_accuracy": 0.98}, {"direct": 0.96, "mixed+indirect": 0.86}),
    # Measured when added (39f8b49): f1 0.908 (P 0.939, R 0.879), direct 0.985,
    # mixed+indirect 0.851, speaker 0.859, cue 0.993, type 0.978; after the session's
    # fixes: f1 0.938 (P 0.960, R 0.917), direct 1.0, mixed+indirect 0.891, speaker 0.950.
    "dev6": (10, {"f1": 0.92, "speaker_accuracy": 0.93, "cue_accuracy": 0.98,
                  "type_accuracy": 0.97}, {"direct": 0.98, "mixed+indirect": 0.87}),
    # Measured when added (after dev6 was read): f1 0.930 (P 0.961, R 0.902), direct
    # 0.960, mixed+indirect 0.911, speaker 0.726, cue 0.980, type 1.0; after the fixes it
    # was read for: f1 0.934, mixed+indirect 0.917, speaker 0.775; f1 0.943,
    # mixed+indirect 0.932, speaker 0.777 once coordinated clauses stay in a report (the
    # session after).
    "dev7": (10, {"f1": 0.94, "speaker_accuracy": 0.80, "cue_accuracy": 0.97,
                  "type_accuracy": 0.98}, {"direct": 0.95, "mixed+indirect": 0.92}),
    # Measured when added (83f64b9): f1 0.937 (P 0.974, R 0.902), direct 0.992,
    # mixed+indirect 0.904, speaker 0.844, cue 0.993, type 0.987; after the fixes it was
    # read for (d9a574b): f1 0.946 (P 0.980, R 0.915), mixed+indirect 0.920, speaker
    # 0.944, type 0.993.
    "dev8": (10, {"f1": 0.93, "speaker_accuracy": 0.96, "cue_accuracy": 0.98,
                  "type_accuracy": 0.98}, {"direct": 0.98, "mixed+indirect": 0.91}),
    # Measured when added (ad96fa0): f1 0.979 (P 0.986, R 0.973), direct 0.968,
    # mixed+indirect 0.985, speaker 0.912, cue 0.986, type 1.0; after the fixes it was
    # read for (1375ee0): f1 0.997 (P 0.993, R 1.0), direct 1.0, mixed+indirect 0.995,
    # speaker 0.922, cue 0.993.
    "dev9": (10, {"f1": 0.98, "speaker_accuracy": 0.90, "cue_accuracy": 0.97,
                  "type_accuracy": 0.98}, {"direct": 0.98, "mixed+indirect": 0.98}),
    # Measured when added (83f64b9): f1 0.962 (P 0.957, R 0.967), direct 1.0,
    # mixed+indirect 0.942, speaker 0.871, cue 1.0, type 0.989.
    "blind7": (6, {"f1": 0.95, "speaker_accuracy": 0.88, "cue_accuracy": 0.98,
                   "type_accuracy": 0.97}, {"direct": 0.98, "mixed+indirect": 0.92}),
    # Measured when added, before the session's rules (0f8893c): f1 0.923 (P 0.958, R
    # 0.890), direct 0.989, mixed+indirect 0.893, speaker 0.835, cue 1.0, type 1.0; after
    # the fixes it was read for (b1c8edb): f1 0.954 (P 0.973, R 0.935), direct 1.0,
    # mixed+indirect 0.933, speaker 0.943.
    "dev10": (10, {"f1": 0.95, "speaker_accuracy": 0.94, "cue_accuracy": 0.98,
                   "type_accuracy": 0.98}, {"direct": 0.98, "mixed+indirect": 0.92}),
    # Measured when added, the same at the session's start (0f8893c) and after its rules
    # (b1c8edb): f1 0.960 (P 0.979, R 0.940), direct 1.0, mixed+indirect 0.937, speaker
    # 0.854, cue 0.986, type 1.0.
    "blind8": (10, {"f1": 0.95, "speaker_accuracy": 0.85, "cue_accuracy": 0.97,
                    "type_accuracy": 0.98}, {"direct": 0.98, "mixed+indirect": 0.92}),
    # Measured when added, before the session's rules (c3d9a26): f1 0.935 (P 0.955, R
    # 0.915), direct 0.982, mixed+indirect 0.908, speaker 0.829, cue 1.0, type 0.993; after
    # the fixes it was read for (aa82e52): f1 0.941 (P 0.956, R 0.927), direct 0.991,
    # mixed+indirect 0.913, speaker 0.865; 0.905 after dev12's session (ab5509b), 0.919
    # after dev13's (a7430e1).
    "dev11": (10, {"f1": 0.94, "speaker_accuracy": 0.90, "cue_accuracy": 0.98,
                   "type_accuracy": 0.98}, {"direct": 0.97, "mixed+indirect": 0.90}),
    # Measured when added, before the session's rules (c3d9a26): f1 0.980 (P 0.993, R
    # 0.968), direct 1.0, mixed+indirect 0.970, speaker 0.801, cue 0.993, type 1.0; speaker
    # 0.808 once a party and a place no longer open a name, 0.822 once a description names
    # the person just named (same session, never read).
    "blind9": (10, {"f1": 0.97, "speaker_accuracy": 0.81, "cue_accuracy": 0.98,
                    "type_accuracy": 0.98}, {"direct": 0.98, "mixed+indirect": 0.96}),
    # Measured when added, before the session's rules (146d731): f1 0.914 (P 0.933, R
    # 0.897), direct 0.990, mixed+indirect 0.877, speaker 0.838, cue 1.0, type 1.0; speaker
    # 0.912 after the fixes it was read for (ab5509b), 0.927 after dev13's session (a7430e1).
    "dev12": (10, {"f1": 0.90, "speaker_accuracy": 0.91, "cue_accuracy": 0.98,
                   "type_accuracy": 0.98}, {"direct": 0.98, "mixed+indirect": 0.86}),
    # Measured when added, before the session's rules (146d731): f1 0.945 (P 0.948, R
    # 0.942), direct 0.991, mixed+indirect 0.919, speaker 0.928, cue 1.0, type 0.993.
    "blind10": (10, {"f1": 0.93, "speaker_accuracy": 0.91, "cue_accuracy": 0.98,
                     "type_accuracy": 0.98}, {"direct": 0.98, "mixed+indirect": 0.90}),
    # Measured when added, before the session's rules (71e2553): f1 0.967 (P 0.982, R
    # 0.953), direct 1.0, mixed+indirect 0.950, speaker 0.891, cue 1.0, type 0.988; after
    # the fixes it was read for (a7430e1): f1 0.976 (P 0.988, R 0.965), mixed+indirect
    # 0.964, speaker 0.987.
    "dev13": (10, {"f1": 0.96, "speaker_accuracy": 0.96, "cue_accuracy": 0.98,
                   "type_accuracy": 0.97}, {"direct": 0.98, "mixed+indirect": 0.95}),
    # Measured when added, before the session's rules (71e2553): f1 0.954 (P 0.973, R
    # 0.936), direct 0.990, mixed+indirect 0.938, speaker 0.886, cue 0.993, type 1.0.
    "blind11": (10, {"f1": 0.94, "speaker_accuracy": 0.87, "cue_accuracy": 0.98,
                     "type_accuracy": 0.98}, {"direct": 0.98, "mixed+indirect": 0.92}),
    # Measured when added, before the session's rules (ba9867d): f1 0.971 (P 0.980, R
    # 0.961), direct 1.0, mixed+indirect 0.956, speaker 0.884, cue 1.0, type 1.0.
    # Read to fix rules since: f1 0.977, mixed+indirect 0.966, speaker 0.913 at c612603.
    "dev14": (10, {"f1": 0.96, "speaker_accuracy": 0.89, "cue_accuracy": 0.98,
                   "type_accuracy": 0.98}, {"direct": 0.98, "mixed+indirect": 0.95}),
    # Measured when added, before the session's rules (ba9867d): f1 0.939 (P 0.959, R
    # 0.920), direct 1.0, mixed+indirect 0.901, speaker 0.859, cue 0.993, type 1.0.
    "blind12": (10, {"f1": 0.92, "speaker_accuracy": 0.84, "cue_accuracy": 0.98,
                     "type_accuracy": 0.98}, {"direct": 0.98, "mixed+indirect": 0.88}),
    # Measured when added, before the session's rules (af50ec5): f1 0.946 (P 0.961, R
    # 0.931), direct 0.974, mixed+indirect 0.929, speaker 0.881, cue 1.0, type 1.0.
    # Read to fix rules since: f1 0.949, direct 0.983, speaker 0.938.
    "dev15": (10, {"f1": 0.93, "speaker_accuracy": 0.92, "cue_accuracy": 0.98,
                   "type_accuracy": 0.98}, {"direct": 0.97, "mixed+indirect": 0.91}),
    # Measured when added, before the session's rules (af50ec5): f1 0.949 (P 0.979, R
    # 0.921), direct 0.991, mixed+indirect 0.925, speaker 0.842, cue 1.0, type 1.0.
    "blind13": (10, {"f1": 0.93, "speaker_accuracy": 0.82, "cue_accuracy": 0.98,
                     "type_accuracy": 0.98}, {"direct": 0.97, "mixed+indirect": 0.90}),
    # Measured when added, before the session's rules (eff157e): f1 0.951 (P 0.971, R
    # 0.931), direct 0.990, mixed+indirect 0.930, speaker 0.864, cue 0.985, type 1.0.
    # Read to fix rules since: f1 0.969, direct 1.0, mixed+indirect 0.952, speaker 0.985.
    "dev16": (10, {"f1": 0.95, "speaker_accuracy": 0.96, "cue_accuracy": 0.98,
                   "type_accuracy": 0.98}, {"direct": 0.98, "mixed+indirect": 0.93}),
    # Measured when added, before the session's rules (eff157e): f1 0.953 (P 0.966, R
    # 0.940), direct 0.982, mixed+indirect 0.936, speaker 0.889, cue 0.993, type 1.0.
    "blind14": (10, {"f1": 0.93, "speaker_accuracy": 0.87, "cue_accuracy": 0.98,
                     "type_accuracy": 0.98}, {"direct": 0.96, "mixed+indirect": 0.91}),
    # Measured when added, before the session's rules (e22d5ba): f1 0.915 (P 0.924, R
    # 0.907), direct 0.963, mixed+indirect 0.891, speaker 0.856, cue 0.993, type 1.0.
    # Read to fix rules since: f1 0.943, direct 1.0, mixed+indirect 0.914, speaker 0.930.
    "dev17": (10, {"f1": 0.92, "speaker_accuracy": 0.90, "cue_accuracy": 0.98,
                   "type_accuracy": 0.98}, {"direct": 0.98, "mixed+indirect": 0.89}),
    # Measured when added, before the session's rules (e22d5ba): f1 0.936 (P 0.980, R
    # 0.896), direct 0.991, mixed+indirect 0.906, speaker 0.900, cue 0.993, type 1.0.
    "blind15": (10, {"f1": 0.91, "speaker_accuracy": 0.87, "cue_accuracy": 0.98,
                     "type_accuracy": 0.98}, {"direct": 0.97, "mixed+indirect": 0.88}),
    # Measured when added, before the session's rules (f0a3b73): f1 0.947 (P 0.951, R
    # 0.944), direct 0.990, mixed+indirect 0.926, speaker 0.939, cue 0.993, type 1.0.
    # Read to fix rules since: f1 0.958, direct 0.990, mixed+indirect 0.942, speaker 0.970.
    "dev18": (10, {"f1": 0.93, "speaker_accuracy": 0.94, "cue_accuracy": 0.98,
                   "type_accuracy": 0.98}, {"direct": 0.97, "mixed+indirect": 0.91}),
    # Measured when added, before the session's rules (f0a3b73): f1 0.940 (P 0.957, R
    # 0.923), direct 0.991, mixed+indirect 0.916, speaker 0.878, cue 0.994, type 0.994.
    "blind16": (10, {"f1": 0.92, "speaker_accuracy": 0.85, "cue_accuracy": 0.98,
                     "type_accuracy": 0.98}, {"direct": 0.97, "mixed+indirect": 0.89}),
    # Measured when added, before the session's rules (b528f05): f1 0.956 (P 0.979, R
    # 0.934), direct 0.981, mixed+indirect 0.942, speaker 0.880, cue 1.0, type 1.0.
    # Read to fix rules since: f1 0.987, direct 1.0, mixed+indirect 0.979, speaker 0.907.
    "dev19": (10, {"f1": 0.97, "speaker_accuracy": 0.88, "cue_accuracy": 0.98,
                   "type_accuracy": 0.98}, {"direct": 0.98, "mixed+indirect": 0.96}),
    # Measured when added, before the session's rules (b528f05): f1 0.962 (P 0.986, R
    # 0.940), direct 0.981, mixed+indirect 0.952, speaker 0.867, cue 1.0, type 1.0.
    "blind17": (10, {"f1": 0.94, "speaker_accuracy": 0.84, "cue_accuracy": 0.98,
                     "type_accuracy": 0.98}, {"direct": 0.96, "mixed+indirect": 0.93}),
    # Measured when added, before the session's rules (95bcc9f): f1 0.952 (P 0.966, R
    # 0.940), direct 1.0, mixed+indirect 0.927, speaker 0.901, cue 0.993, type 0.993.
    # Read to fix rules since: f1 0.983, direct 1.0, mixed+indirect 0.974, speaker 0.920.
    "dev20": (10, {"f1": 0.96, "speaker_accuracy": 0.90, "cue_accuracy": 0.98,
                   "type_accuracy": 0.98}, {"direct": 0.98, "mixed+indirect": 0.95}),
    # Measured when added, before the session's rules (95bcc9f): f1 0.940 (P 0.959, R
    # 0.921), direct 1.0, mixed+indirect 0.911, speaker 0.826, cue 0.979, type 1.0.
    "blind18": (10, {"f1": 0.92, "speaker_accuracy": 0.80, "cue_accuracy": 0.96,
                     "type_accuracy": 0.98}, {"direct": 0.98, "mixed+indirect": 0.89}),
    # Measured when added, before the session's rules (0257856): f1 0.947 (P 0.947, R
    # 0.947), direct 1.0, mixed+indirect 0.919, speaker 0.826, cue 0.993, type 0.986.
    # Read to fix rules since: speaker 0.884.
    "dev21": (10, {"f1": 0.93, "speaker_accuracy": 0.86, "cue_accuracy": 0.98,
                   "type_accuracy": 0.97}, {"direct": 0.98, "mixed+indirect": 0.90}),
    # Measured when added, before the session's rules (0257856): f1 0.970 (P 0.967, R
    # 0.973), direct 1.0, mixed+indirect 0.953, speaker 0.929, cue 1.0, type 1.0.
    "blind19": (10, {"f1": 0.95, "speaker_accuracy": 0.90, "cue_accuracy": 0.98,
                     "type_accuracy": 0.98}, {"direct": 0.98, "mixed+indirect": 0.93}),
}


@pytest.fixture(scope="module", params=sorted(SETS))
def gold_set(request, nlp) -> tuple[str, dict]:
    name = request.param
    text_dir = DATA_DIR / name
    documents = load_documents(text_dir / "gold", text_dir, lambda text: extract(text, nlp))
    return name, evaluate(documents)


def test_sets_are_complete():
    for name, (count, _, _) in SETS.items():
        golds = sorted((DATA_DIR / name / "gold").glob("*.json"))
        assert len(golds) == count, name
        assert all((DATA_DIR / name / g.with_suffix(".txt").name).is_file() for g in golds)


def test_overall_floors(gold_set):
    name, metrics = gold_set
    floors = SETS[name][1]
    below = {k: metrics[k] for k, floor in floors.items() if metrics[k] < floor}
    assert not below, f"{name}: {below} under {floors}"


def test_type_group_floors(gold_set):
    name, metrics = gold_set
    floors = SETS[name][2]
    below = {g: metrics[g]["f1"] for g, floor in floors.items() if metrics[g]["f1"] < floor}
    assert not below, f"{name}: {below} under {floors}"
