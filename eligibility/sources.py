"""Legal sources cited by the module, written once.

Every condition, document, advice, deadline and parameter names one of these strings as its
`source`. "Vreemdelingenwet 15.12.1980" is the law of 15 December 1980 on access to the
territory, residence, settlement and removal of foreign nationals (also called Verblijfswet).
Where a statement rests on administrative practice described in the seed texts rather than
on an article, the source says so ("praktijk DVZ").
"""

from __future__ import annotations

LAW = "Vreemdelingenwet 15.12.1980"
# the law by its name alone, as the short first answer cites it ("art. 10, §1, 7° Vreemdelingenwet")
LAW_NAME = LAW.split()[0]


def by_name(text: str) -> str:
    """Every citation in `text` with the law's name alone, without its date."""
    return text.replace(f", {LAW}", f" {LAW_NAME}").replace(LAW, LAW_NAME)


# art. 1/1 is the retributie (the fee that is due); §2, 3° only its exemption (seed 002)
ART_1_1 = f"art. 1/1, {LAW}"
ART_1_1_FEE = f"art. 1/1, §2, 3°, {LAW}"
ART_9_13 = f"art. 9 en 13, {LAW}"
ART_10 = f"art. 10, {LAW}"
ART_10_1_4 = f"art. 10, §1, 4°, {LAW}"
ART_10_1_5 = f"art. 10, §1, 5°, {LAW}"
ART_10_1_4_5 = f"art. 10, §1, 4° en 5°, {LAW}"  # the spouse and the registered partner
ART_10_1_6 = f"art. 10, §1, 6°, {LAW}"
ART_10_1_7 = f"art. 10, §1, 7°, {LAW}"
ART_10_2 = f"art. 10, §2, {LAW}"
ART_10_2_FAVOURABLE = f"art. 10, §2, vijfde lid, {LAW}"
# housing, insurance (second paragraph) and means (third): asked of 4° to 6° only
ART_10_2_MATERIAL = f"art. 10, §2, tweede en derde lid, {LAW}"
ART_10_5 = f"art. 10, §5, {LAW}"
ART_12 = f"art. 12, {LAW}"
ART_12BIS_1 = f"art. 12bis, §1, {LAW}"
ART_12BIS_5_6 = f"art. 12bis, §5 en §6, {LAW}"
ART_12BIS_7 = f"art. 12bis, §7, {LAW}"
ART_30BIS = f"art. 30bis, §2, 1°, {LAW}"
ART_40BIS = f"art. 40bis, {LAW}"
ART_40BIS_2_1 = f"art. 40bis, §2, 1°, {LAW}"
ART_40BIS_2_2 = f"art. 40bis, §2, 2°, {LAW}"
ART_40BIS_2_3 = f"art. 40bis, §2, 3°, {LAW}"
ART_40BIS_2_4 = f"art. 40bis, §2, 4°, {LAW}"
ART_40TER = f"art. 40ter, {LAW}"
ART_40TER_2 = f"art. 40ter, §2, {LAW}"
ART_40TER_2_2 = f"art. 40ter, §2, eerste lid, 2°, {LAW}"
ART_41_4 = f"art. 41, §4, {LAW}"

KB_2007_ART_12 = "art. 12, KB 17.5.2007"
KB_1981_ANNEX_26 = "bijlage 26 en 26quinquies, KB 8.10.1981"
KB_1997_HOUSING = "KB 8.7.1997 (elementaire vereisten woninghuur)"
CIVIL_CODE_HOUSING = "art. 2, Boek III, Titel VIII, Hoofdstuk II, Afdeling 2, Burgerlijk Wetboek"

CJEU_C279_20 = "HvJ EU 1.8.2022, C-279/20"
CJEU_C550_16 = "HvJ EU 12.4.2018, C-550/16 (A en S)"
# the parents' 3 months: the right (C-550/16) and, in seed 002, the fee exemption (art. 1/1)
PARENTS_3_MONTHS = f"{CJEU_C550_16}; {ART_1_1_FEE}"
# the parents' right ended: "op voorwaarde dat de NBMV jonger is dan achttien jaar" (seed 001),
# or, for a minor who turned 18 in the procedure, the 3 months (C-550/16); seed 002 "Laattijdige
# indiening": "De omstandigheden ... worden door de Dienst Vreemdelingenzaken onderzocht"
PARENTS_RIGHT_ENDED = f"{ART_10_1_7}; {CJEU_C550_16}; {ART_10}"
# the other parent's consent (seed 003, art. 10) and the written declaration without a judgment
# (seed 004, a Belgian's family): told to an EU citizen's family as the rule of others
CUSTODY_CONSENT_OTHERS = f"{ART_10}; {ART_40TER}"
GWH_95_2008 = "GwH 26.6.2008, nr. 95/2008"
GWH_121_2013 = "GwH 26.9.2013, nr. 121/2013"

CONSTITUTION_22BIS = "art. 22bis Grondwet"
CRC_3 = "art. 3 Internationaal Verdrag inzake de Rechten van het Kind"
ECHR_8 = "art. 8 EVRM"
ECHR_3 = "art. 3 EVRM"

PRACTICE_DVZ = "praktijk DVZ"
PRACTICE_DVZ_TRAVEL_DOCUMENT = "praktijk DVZ en FOD Buitenlandse Zaken (reisdocument en identiteit)"
PRACTICE_DVZ_HUMANITARIAN = f"praktijk DVZ bij humanitair visum ({ART_9_13})"
# seed 004: "In de praktijk vraagt de DVZ de volgende bewijzen" (of being dependent at 21)
PRACTICE_DVZ_40TER = f"praktijk DVZ ({ART_40TER_2})"
# a missing parent shown (seed 000: "Wanneer jouw ouders overleden of vermist zijn, moet je dit
# kunnen aantonen"), by seed 004's attest for a Belgian's family
# seed 004's practice for a Belgian's family, told to another sponsor's family as such: no
# article of the seeds says it of them, and art. 40ter is the Belgian's (panels 91 to 93: "art.
# 40ter" read as a wrong citation for a refugee's or a worker's family)
PRACTICE_DVZ_BELGIANS_FAMILY = "praktijk DVZ bij gezinshereniging met een Belg"
# seed 000: "Deze komen enkel in aanmerking voor gezinshereniging indien de buitenlandse voogdij
# bekrachtigd wordt door een Belgische rechtbank of indien de buitenlandse adoptie erkend wordt
# door de Federale Centrale Autoriteit (FCA)"; the seed names no article (panels 109 and 110,
# q4 and n4: art. 10, §1, 4°, the spouse's in seed 001, read as a wrong citation)
PRACTICE_FOREIGN_BOND = "praktijk DVZ (erkenning van buitenlandse adoptie of voogdij)"
MISSING_PARENT_PROOF = f"{PRACTICE_DVZ_HUMANITARIAN}; {PRACTICE_DVZ_BELGIANS_FAMILY}"
PRACTICE_DVZ_ACCEPTANCE = "praktijk DVZ en FOD Buitenlandse Zaken (aanvaarding van de aanvraag)"
# where a visa is applied for (the post of the place of residence, the list of posts, VFS/TLS);
# not the acceptance rules (panel 31, a2: "aanvaarding van de aanvraag" for where to apply)
PRACTICE_DVZ_VISA_POST = "praktijk DVZ en FOD Buitenlandse Zaken (visumaanvraag bij de post)"
PRACTICE_LEGALISATION = "praktijk DVZ en FOD Buitenlandse Zaken (legalisatie en vertaling)"
RVV_CASE_LAW = "rechtspraak RvV (andere geldige bewijzen)"
EU_COMMISSION_GUIDELINES = "richtlijnen Europese Commissie over gezinshereniging"
