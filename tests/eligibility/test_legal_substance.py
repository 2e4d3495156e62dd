"""Legal substance (issue 13): each fix named by the seed sentence, and every citation checked
against what the cited article or seed says."""

from eligibility import Reader, assess
from eligibility import messages as M
from eligibility import sources as S
from tests.eligibility.case_helpers import (
    RECOGNISED,
    advice_ids,
    condition,
    deadline,
    doc_ids,
    run,
)
from tests.eligibility.case_helpers import case as run_case


def assess_with_reader(c, relative, pronoun):
    return assess(c, reader=Reader(relative=relative, pronoun=pronoun))


# What each source covers: the catalogue entries (catalogue:key) that may cite it. An entry
# citing a source must be listed under it; a new entry is placed here deliberately, after
# reading the seed that says it. Seeds: 000 humanitarian visa (practice DVZ), 001 family of
# protected persons (art. 10, §1, 4°-7°; art. 9 and 13), 002 favourable provisions (art. 1/1,
# 12bis, 30bis; travel document; acceptance), 003 minor child (art. 10; C-279/20; annex 26),
# 004 descendants of a Belgian (art. 40ter: fee proof, identity, custody, dependency, means
# with the reference amount, housing, insurance, family cell).
SOURCE_COVERS: dict[str, set[str]] = {
    S.GWH_95_2008: {
        "advice:polygamy_children_keep_right",
    },
    S.CJEU_C279_20: {
        "side:adult_at_asylum_no_rule",
        "side:adult_child_late",
        "side:minor_at_asylum_counts",
        "side:asylum_seeker_child_turns_18",
        "side:no_appointment_force_majeure",
        "summaries:summary.adult_during_procedure_fr",
        "conditions:minor_at_sponsor_asylum_application",
        "conditions:request_within_12_months_or_force_majeure",
        "advice:adult_child_deadline_passed",
        "side:adult_child_if_minor_passed",
        "advice:adult_after_sponsor_recognition",
        "advice:force_majeure_extension",
        "deadlines:adult_child_request_end",
        "summaries:summary.adult_during_procedure_force_majeure",
        "side:force_majeure_adult_child",
    },
    S.CJEU_C550_16: {
        "conditions:sponsor_minor_at_asylum_application",
        "summaries:summary.parents_former_nbmv_fr",
        "conditions:parents_request_within_3_months",
    },
    S.ART_1_1_FEE: {
        "side:fee_once_21",
        "side:fee_after_recognition",
        "advice:parents_fee_due_after_3_months",
        "side:fee_if_married",
        "side:fee_if_adult_child",
        "side:fee_why_protected",
    },
    S.PARENTS_3_MONTHS: {
        "advice:parents_3_months",
        "deadlines:parents_request_end",
    },
    f"{S.PRACTICE_DVZ_TRAVEL_DOCUMENT}; {S.PRACTICE_DVZ_BELGIANS_FAMILY}": {
        "side:expired_passport",
    },
    # seed 004's practice for a Belgian's family, told as such to another sponsor's family
    f"{S.ART_10}; {S.PRACTICE_DVZ_BELGIANS_FAMILY}": {"side:custody_without_judgment"},
    S.PRACTICE_DVZ_BELGIANS_FAMILY: {
        "side:missing_parent_proof",
        "side:consent_in_writing",
        "side:proof_kinds_housing_not_belgian",
        "side:proof_kinds_income_not_belgian",
        "side:proof_kinds_insurance_not_belgian",
        "side:housing_waiting_list",
    },
    S.MISSING_PARENT_PROOF: {
        "side:missing_parent_proof_sibling",
    },
    S.CUSTODY_CONSENT_OTHERS: {
        "advice:eu_custody_consent",
    },
    S.PARENTS_RIGHT_ENDED: {
        "advice:parents_3_months_passed",
    },
    S.ART_10: {
        # seed 001 "Uw kinderen van minder dan 18 jaar": "de kinderen die u of uw
        # echtgenoot/echtgenote of partner afzonderlijk kreeg" (no 4°: the spouse's)
        "side:stepchild_no_adoption",
        "advice:stepchild_if_marriage_official",
        # seed 003's own source for a minor child's conditions, "[Artikel 10 van de wet van 15
        # december 1980]"; seed 001 names art. 10, §1, 4° for the spouse only (panels 98 to 100)
        "advice:age_test",
        "advice:apply_before_child_turns_18",
        "advice:shared_custody_consent_open",
        "advice:shared_custody_no_consent",
        "side:custody_sole_judgment",
        "conditions:child_under_18",
        "conditions:child_unmarried",
        "conditions:custody",
        "conditions:child_dependent",
        "conditions:child_dependent@sponsor_unmarried",
        "conditions:custody@stepchild",
        "conditions:custody@sponsor_widowed",
        "conditions:custody@sponsor_unmarried",
        "deadlines:child_turns_18",
        "documents:unmarried_proof",
        "documents:custody_proof",
        "documents:custody_other_parent_died",
        "documents:custody_sole_judgment@sponsor_widowed",
        "documents:custody_sole_judgment@stepchild",
        "documents:custody_sole_judgment",
        "documents:shared_custody_proof",
        "documents:other_parent_consent_proof",
        "documents:dependency_proof",
        "documents:dependency_proof@sponsor_unmarried",
        "documents:custody_without_judgment_proof",
        "documents:custody_sole_judgment@sponsor_unmarried",
        "exemption_why:common_child",
        "exemption_why:common_child@sponsor_widowed",
        "side:own_right_minor",
        "side:dependency_after_recognition",
        "side:unborn_child",
        "side:child_marries",
        "side:custody_judgment_instead",
        "summaries:summary.minor_child_fr",
        "summaries:summary.child_conditions_not_met",
        "summaries:summary.child_married",
        "summaries:summary.child_of_minor_sponsor",
        "side:status_difference",
        "side:language_test_not_in_sources",
        "side:residence_period_not_in_sources",
        "side:own_right",
        "side:religious_marriage_asylum_seeker",
        "side:dna_child",
        "routes:family_reunification",
        "routes:not_possible",
        "routes:unknown",
        "summaries:summary.unknown",
        "summaries:summary.asylum_seeker",
        "conditions:sponsor_protected_status",
        "conditions:sponsor_protected_status@refugee",
        "conditions:sponsor_protected_status@subsidiary_protection",
        "documents:sponsor_protection_decision@refugee",
        "documents:sponsor_protection_decision@subsidiary_protection",
        "conditions:sponsor_legal_residence",
        "conditions:sponsor_adult",
        "conditions:living_together",
        "documents:sponsor_protection_decision",
        "documents:sponsor_residence_permit",
        "documents:public_health_certificate",
    },
    S.ART_10_1_4: {
        "side:income_once_21",
        "side:married_after_arrival_age",
        "advice:spouse_age_rule_if_official",
        "side:age_21_on_day_partner_younger",
        "side:age_21_on_day",
        "side:partner_21_on_day",
        "side:partner_21_on_day_sponsor_unknown",
        "summaries:summary.polygamy_another_spouse",
        "side:earlier_marriage_divorced",
        "side:married_partner_right",
        "side:marry_again_not_in_sources",
        "summaries:summary.spouse_fr",
        "summaries:summary.spouse_age_not_met",
        "summaries:summary.polygamy_second_spouse",
        "conditions:official_marriage",
        "conditions:spouse_age",
        "conditions:one_spouse_only",
        "advice:spouse_age_rule",
        "advice:polygamy_one_spouse",
        "advice:religious_marriage_how_to_check",
        "advice:religious_marriage_check_law",
        "advice:religious_marriage_check_law_age",
        "summaries:summary.marriage_to_check",
    },
    S.ART_10_1_5: {
        "side:known_too_short",
        "side:known_too_short@belgian",
        "advice:common_child_registered_partnership",
        "side:meeting_days_registered_partners",
        "side:meetings_enough",
        "side:registration_where",
        "side:meetings_not_enough",
        "side:meetings_enough@belgian",
        "side:meetings_not_enough@belgian",
        "side:registration_rule_elsewhere",
        "side:cohabitation_counts",
        "side:cohabitation_in_a_camp",
        "side:registration_would_help",
        "summaries:summary.legal_partner_fr",
        "summaries:summary.legal_partner_conditions_not_met",
        "conditions:partnership_registered",
        "conditions:partner_age",
        "conditions:stable_relationship",
        "side:partner_still_married",
        "conditions:partners_unmarried",
        "documents:partnership_certificate",
        "documents:stable_relationship_proof",
        "documents:unmarried_proof_partners",
    },
    S.ART_10_1_6: {
        "side:disability_meaning",
        "side:disability_rule_children_only",
        "side:deadline_none_disabled_adult",
        "summaries:summary.disabled_adult_child_fr",
        "conditions:disabled_cannot_provide",
        "documents:unmarried_proof@disabled_adult",
        "conditions:child_unmarried@disabled_adult",
        "documents:disability_certificate",
    },
    f"{S.ART_10_2_FAVOURABLE}; {S.ART_10_1_6}": {
        "advice:favourable_period_not_for_disabled_adult",
    },
    S.ART_10_1_7: {
        "side:parent_later_own_request",
        # seed 001: "niet daadwerkelijk onder de hoede van een dergelijke persoon" (panel 40)
        "side:foster_family_uam",
        "deadlines:sponsor_turns_18",
        "summaries:summary.parents_nbmv_fr",
        "advice:apply_before_sponsor_turns_18",
        "conditions:sponsor_under_18",
        "conditions:sponsor_unaccompanied",
        "conditions:sponsor_not_in_adult_care",
        # seed 001 names only these two conditions for the parents (panel 98, s4)
        "exemption_why:parents_of_unaccompanied_minor",
    },
    S.ART_10_2: {
        "side:material_to_prove",
        "side:material_to_prove_child_alone",
        "side:income_of_the_partner",
        "side:income_of_others",
        "side:income_child_alone",
        "side:income_child_alone_not_with_others",
        "side:income_children_together",
        "side:income_no_amount",
        "side:income_kinds_not_in_sources",
        "side:income_no_public_burden",
        "exemption_why:child_joining_alone",
        "side:income_exempt_on_time_minor_child",
        "conditions:means_of_subsistence",
        "conditions:housing",
        "conditions:health_insurance",
        "documents:means_proof",
        "documents:housing_proof",
        "documents:health_insurance_proof",
    },
    S.ART_10_2_FAVOURABLE: {
        "side:married_after_arrival_told",
        "side:married_after_arrival_told@religious",
        "side:no_twelve_months_bond_after",
        "side:twelve_months_for_a_right",
        "side:registration_after_arrival_no_favour",
        "side:born_after_arrival",
        "side:marriage_after_arrival_no_favour",
        "advice:religious_marriage_valid_late",
        "side:no_appointment_reasons",
        "side:force_majeure_late_request",
        "side:housing_exempt_on_time",
        "side:income_exempt_on_time",
        "side:income_exempt_if_right",
        "side:deadline_if_right",
        "side:favourable_period_start",
        "side:income_exempt_favourable",
        "side:unborn_child@asylum_seeker",
        "side:pregnancy_before_arrival_not_in_sources",
        "side:housing_exempt_favourable",
        "side:housing_not_needed_favourable",
        "side:income_bond_after_arrival",
        "side:deadline_if_late",
        "exemption_why:favourable_period",
        "advice:asylum_seeker_wait",
        "advice:late_request",
        "advice:late_request_only_child",
        "deadlines:favourable_conditions_end",
    },
    S.KB_2007_ART_12: {
        "side:partnership_as_marriage",
        "conditions:partnership_equivalent",
    },
    S.ART_12BIS_1: {
        "side:who_applies",
        "side:where_after_recognition",
        "side:where_any_post",
        "side:where_reference_post",
        "side:where_link_needed",
        "side:where_residence",
        "side:where_list",
        "side:where_no_post",
        "advice:any_belgian_post",
        "advice:external_service_provider",
    },
    S.ART_12BIS_5_6: {
        "side:copy_of_a_deed",
        "side:no_certificate@protected",
        "side:no_certificate",
        "side:wedding_photos",
        "side:dna_couple_protected",
        "side:dna_general_rule",
        "side:dna_couple_general",
        "documents:birth_certificate@third_country",
        "documents:birth_certificate@bond_after_arrival",
        "side:dna_who_pays_not_in_sources",
        "documents:birth_certificate",
        "documents:sponsor_birth_certificate",
        "documents:marriage_certificate@third_country",
        "documents:marriage_certificate@bond_after_arrival",
        "side:marriage_deed_missing_official@bond_after_arrival",
        "documents:explanation_no_official_document",
        "documents:other_valid_evidence",
        "advice:dna_test",
        "side:dna_child_bond_after_arrival",
        "side:no_official_document_protected",
    },
    S.ART_12BIS_7: {
        "chance_reasons:best_interests_child",
        "side:best_interests_humanitarian",
    },
    f"{S.CONSTITUTION_22BIS}; {S.CRC_3}; {S.ART_12BIS_7}": {
        "advice:best_interests_child",
    },
    S.ART_30BIS: {
        "advice:fingerprints",
    },
    S.ART_40BIS: {
        "summaries:summary.eu_citizen_fr",
        "side:who_applies_in_belgium_unknown@eu_citizen",
        "summaries:summary.eu_citizen_other",
        "conditions:eu_conditions_to_check",
        "advice:eu_citizen_not_in_sources",
        "documents:family_link_proof@eu_citizen",
    },
    S.ART_40BIS_2_3: {
        "advice:dependency_from_21_soon",
        "side:dependency_from_21_day",
        "side:dependency_from_21",
        "side:descendant_over_21_dependent",
        "side:descendant_over_21_dependent_no_deadline",
        "side:income_of_the_partner_dependency",
        "conditions:belgian_descendant_under_21",
        "conditions:belgian_descendant_dependent",
    },
    S.ART_40TER: {
        "documents:grandchild_parent_birth_certificate",
        "side:who_applies_in_belgium_unknown",
        "documents:grandchild_parents_death_certificates",
        "side:guardianship_to_get_custody",
        "side:registration_would_help@belgian",
        "side:dna_belgian",
        "documents:birth_certificate@belgian",
        "side:dna_couple_belgian",
        "conditions:sponsor_belgian",
        "documents:identity_alternative_proof",
        "documents:sponsor_marriage_or_partnership_certificate",
        "documents:marriage_certificate@belgian",
        "advice:not_in_sources",
    },
    S.ART_40TER_2: {
        "summaries:summary.belgian_descendant_no_custody",
        "side:custody_not_the_sponsors",
        "advice:spouse_age_rule_if_official@belgian",
        "advice:religious_marriage_check_law_age@belgian",
        "side:stepchild_no_adoption@belgian",
        "side:own_deed",
        "side:no_judgment_consent_refused",
        "side:marriage_visa_how@belgian",
        "side:age_21_on_day_partner_younger@belgian",
        "side:age_21_on_day@belgian",
        "side:partner_21_on_day@belgian",
        "side:partner_21_on_day_sponsor_unknown@belgian",
        "advice:married_or_registered_right@belgian",
        # seed 004: "dan volstaat een schriftelijke verklaring van de andere ouder" (panel 41)
        "side:consent_in_writing@belgian",
        # seed 004's lists of proofs, said to be a Belgian's family's (panel 40, h2)
        "documents:custody_without_judgment_proof@belgian",
        "documents:other_parent_consent_proof@belgian",
        "side:lease_of_a_later_home",
        "side:housing_waiting_list@belgian",
        "advice:shared_custody_consent_open@belgian",
        "side:needs_analysis_overview",
        "side:home_later_not_belgian",
        "side:housing_needed@belgian",
        "side:income_of_the_partner@belgian",
        "side:income_of_others@belgian",
        "side:income_net_or_gross",
        "side:custody_without_judgment@belgian",
        "side:married_partner_right@belgian",
        "side:no_consent_adult",
        "advice:spouse_age_rule@belgian",
        "side:material_to_prove@belgian",
        "side:income_below_needs_analysis",
        "side:income_kinds_belgian",
        "side:income_kinds_not_in_sources@belgian",
        "summaries:summary.belgian_descendant_fr",
        "summaries:summary.belgian_descendant_not_dependent",
        "conditions:belgian_spouse_age_21",
        "conditions:family_cell",
        "conditions:means_of_subsistence@belgian",
        "conditions:housing@belgian",
        "conditions:health_insurance@belgian",
        "documents:family_cell_proof",
        "documents:housing_proof@belgian",
        "documents:health_insurance_proof@belgian",
        "advice:means_below_reference",
    },
    S.ART_40TER_2_2: {
        "summaries:summary.parents_minor_belgian_fr",
    },
    S.ART_41_4: {
        "advice:administrative_fine",
    },
    f"{S.ECHR_8}; {S.ECHR_3}": {
        "advice:humanitarian_fundamental_rights",
    },
    S.ART_9_13: {
        "side:if_refused_family_reunification",
        "side:if_refused",
        "side:if_asylum_refused",
        "summaries:summary.asylum_seeker_no_right_later",
        "side:religious_marriage_if_not_official",
        "summaries:summary.temporary_stay",
        "advice:temporary_stay_not_in_sources",
        "side:second_order_explained",
        "advice:polygamy_other_spouse",
        "advice:polygamy_second_spouse_humanitarian",
        "side:after_18_humanitarian",
        "side:dna_humanitarian",
        "advice:family_of_a_child",
        "documents:best_interests_evidence",
        "routes:humanitarian_visa",
        "summaries:summary.religious_marriage_soft",
        "summaries:summary.religious_marriage",
        "summaries:summary.stepchild_de_facto",
        "summaries:summary.de_facto_partner",
        "summaries:summary.adult_child_humanitarian",
        "summaries:summary.adoption_not_recognised",
        "summaries:summary.parent_of_minor_humanitarian",
        "summaries:summary.elderly_parent_humanitarian",
        "summaries:summary.sibling_nbmv",
        "summaries:summary.other_relative_humanitarian",
        "side:second_order_if_needed",
        "side:second_order_if_official",
        "side:humanitarian_visa_what",
        "side:disability_not_recognised",
        "advice:second_order_humanitarian",
        "advice:siblings_humanitarian_together",
        "advice:humanitarian_is_favour",
        "advice:humanitarian_long_stay_office",
        "advice:humanitarian_tick_form",
    },
    # seed 001: the spouse (4°) and the registered partner (5°), after the visa to marry
    S.ART_10_1_4_5: {
        "side:marriage_visa_how",
        "advice:married_or_registered_right",
    },
    # seed 004 names the KB ("zie het koninklijk besluit elementaire vereisten woninghuur van
    # 8 juli 1997"); told to others as the Belgian's practice (panel 91, n4)
    S.KB_1997_HOUSING: {"side:housing_space_belgian_practice"},
    f"{S.ART_40TER_2}; {S.KB_1997_HOUSING}": {
        "side:housing_space@belgian",
    },
    S.CIVIL_CODE_HOUSING: {
        "side:housing_space",
    },
    # seed 003 "Huisvesting": "voldoende huisvesting ... die voldoet aan de voorwaarden die
    # gesteld worden aan een onroerend goed dat wordt verhuurd als hoofdverblijfplaats"
    f"{S.ART_10_2}; {S.CIVIL_CODE_HOUSING}": {
        "side:housing_needed",
    },
    S.KB_1981_ANNEX_26: {
        "documents:annex_26",
    },
    # seed 004: "In de praktijk vraagt de DVZ de volgende bewijzen"
    S.PRACTICE_DVZ_40TER: {
        "documents:bank_statements_6_months",
        "documents:belgian_income_proof",
        "documents:own_lack_of_means_proof",
        "side:applicants_own_earnings",
        "documents:diplomas",
    },
    S.PRACTICE_DVZ: {
        # seed 004 "Betalingsbewijs bijdrage in administratieve kosten" names no article
        "documents:fee_payment_proof@belgian",
        # seed 001 "Het is aangeraden om beroep te doen op uw advocaat of sociale
        # hulpverlener", no article (panel 102, s4: art. 12bis, §1 read as a wrong citation)
        "side:guardian_role",
        "offices:family_reunification",
        "side:lease_in_a_relatives_name",
        "side:deed_of_a_relative",
        "side:lease_registration",
        "advice:marriage_visa_alternative",
        "advice:soft_procedure",
        "advice:b17_renewal",
    },
    S.PRACTICE_DVZ_HUMANITARIAN: {
        "side:other_carer_told",
        "side:consent_sibling_humanitarian",
        "side:no_common_children",
        "side:not_married_partner",
        "documents:birth_certificate@humanitarian_third_country",
        "documents:religious_marriage_proof",
        "side:relative_works_humanitarian",
        "offices:long_stay",
        "side:apply_now_second_order",
        "side:soft_procedure_only_protected",
        "side:more_means_no_right",
        "side:housing_humanitarian",
        "side:fca_meaning",
        "documents:family_link_proof",
        "side:where_humanitarian",
        # seed 001: "op het visumformulier aan te duiden dat het om een humanitaire
        # visumaanvraag gaat"; seed 000: "een aanvraag voor een humanitair visum indienen
        # samen met de aanvraag tot gezinshereniging van je ouders"
        "side:where_humanitarian_marked",
        "side:where_humanitarian_together",
        "side:sponsor_own_health",
        "documents:visa_application_form_humanitarian",
        # seed 001: "De behandelingstermijn kan tot een jaar of meer oplopen" (practice)
        "advice:humanitarian_no_deadline",
        "advice:parent_forced_flight",
        # seed 000 (partners): "Ook het feit dat het gezinsleven enkel werd stopgezet door de
        # gedwongen vlucht ... is van belang"
        "advice:partner_forced_flight",
        # seed 001: "In de praktijk wordt slechts uitzonderlijk een humanitair visum toegekend."
        "chance_reasons:polygamous_second_spouse",
        # seed 001: "het bewijs van geldoverschrijvingen aan het familielid, het bewijs dat uw
        # familielid geen eigen inkomsten heeft en het bewijs van uw inkomen in België"
        "side:dependency_proof_kinds",
        # seed 000 (ouders): "Je kan wel een aanvraag voor een humanitair visum indienen. Over
        # het algemeen maakt dit enkel kans wanneer je een uitzonderlijke kwetsbaarheid kan
        # aantonen."
        "side:after_sponsor_18_parents",
        "side:deadline_with_parents",
        "side:income_humanitarian",
        "side:income_humanitarian@partner",
        "side:income_humanitarian_none@family",
        "side:income_humanitarian@family",
        "side:asylum_file_asylum_seeker",
        "side:income_humanitarian_none",
        "side:unborn_common_child",
        "side:other_carer",
        "documents:unmarried_proof@adult_humanitarian",
        "conditions:child_unmarried@adult_humanitarian",
        "documents:sponsor_residence_permit_humanitarian",
        "side:dna_couple",
        "side:dna_couple_asylum_interview",
        "side:income_of_others@humanitarian",
        "documents:sponsor_birth_certificate@humanitarian",
        "volunteered:ill",
        "volunteered:elderly",
        "volunteered:widowed",
        "volunteered:raised",
        "volunteered:money",
        "volunteered:alone",
        "volunteered:danger",
        "chances:high",
        "chances:medium",
        "chances:low",
        "chances:very_low",
        "chances:unstated",
        "documents:relationship_evidence",
        "documents:common_child_birth_certificate",
        "documents:impossibility_to_marry_proof",
        "documents:asylum_file_statements",
        "documents:own_means_proof",
        "documents:dependency_on_parents_proof",
        "documents:spouse_bond_proof",
        "conditions:sibling_applies_with_parents",
        "documents:parents_death_or_disappearance_proof",
        "documents:foreign_guardianship_or_adoption_act",
        "documents:family_ties_proof",
        "documents:no_other_carer_proof",
        "documents:medical_condition_proof",
        "documents:partner_death_certificate",
        "documents:dependency_evidence",
        "documents:dependency_evidence@minor_child",
        "documents:no_other_carer_proof@minor_child",
        "advice:humanitarian_dependency@minor_child",
        "advice:humanitarian_no_other_carer@minor_child",
        "documents:international_organisation_report",
        "documents:individual_situation_evidence",
        "advice:see_lawyer",
        "advice:lawyer_not_required",
        "advice:common_children_crucial",
        "advice:common_child_strengthens",
        "side:marriage_deed_missing_religious",
        "side:marriage_no_proof_at_all",
        "side:wedding_photos@religious",
        "advice:impossible_to_marry",
        "advice:lgbtiq_persecution_ground",
        "advice:asylum_file_statements",
        "advice:adult_child_strengthen",
        "side:together_adult_child",
        "documents:sponsor_protection_decision@humanitarian_refugee",
        "documents:sponsor_protection_decision@humanitarian_subsidiary_protection",
        "side:together_not_in_sources",
        "side:humanitarian_exceptional",
        "side:common_children_religious_marriage",
        "side:dead_parent_proof",
        "side:guardianship_papers",
        "advice:elderly_parent_strengthen",
        "advice:ascendant_own_means",
        "advice:apply_with_parents",
        "side:relatives_own_earnings",
        "advice:apply_with_parent_humanitarian",
        "chance_reasons:sibling_minor_parent_humanitarian",
        "chance_reasons:sibling_adult_parent_humanitarian",
        "advice:apply_with_parent_humanitarian_adult",
        "advice:half_sibling_extra_elements",
        "advice:adult_sibling_strengthen",
        "advice:sibling_precarious_situation",
        "advice:sibling_parents_cannot_care",
        "advice:other_relative_specific_situation",
        "advice:asylum_seeker_humanitarian_exception",
        "advice:adoption_strengthen",
        "advice:adoption_none_yet",
        "advice:humanitarian_dependency",
        "advice:humanitarian_no_other_carer",
        "advice:humanitarian_reports",
        "advice:humanitarian_individual_situation",
        "chance_reasons:sibling_minor_parents_applying",
        "chance_reasons:sibling_minor_half_or_step",
        "chance_reasons:sibling_adult_parents_applying",
        "chance_reasons:sibling_parents_deceased_or_missing",
        "chance_reasons:sibling_parents_alive_not_coming",
        "chance_reasons:sibling_adult_parents_not_coming",
        "chance_reasons:adult_child",
        "chance_reasons:adult_child_with_minor_siblings",
        "chance_reasons:adult_child_not_alone",
        "chance_reasons:elderly_parent_vulnerable",
        "chance_reasons:elderly_parent_not_vulnerable",
        "chance_reasons:ascendant_own_means",
        "chance_reasons:adoption_not_recognised",
        "chance_reasons:religious_marriage_common_child",
        "chance_reasons:religious_marriage_no_common_child",
        "chance_reasons:religious_marriage_children_unknown",
        "chance_reasons:religious_marriage_soft",
        "chance_reasons:de_facto_partner",
        "chance_reasons:de_facto_partner_strengthened",
        "chance_reasons:second_order",
        "chance_reasons:family_of_temporary_resident",
        "chance_reasons:other_relative",
        "chance_reasons:family_of_asylum_seeker",
    },
    S.PRACTICE_DVZ_VISA_POST: {
        "side:who_applies@visa_post",
        "side:where_list@humanitarian",
        "side:where_list@belgian",
        "side:where_list@eu_citizen",
        "side:where_residence@eu_citizen",
        "advice:external_service_provider@eu_citizen",
        "advice:external_service_provider@belgian",
        "side:where_residence@belgian",
        # seed 002: "bij de Belgische ambassade ... bevoegd ... voor de verblijfplaats van de
        # aanvrager"; whether a visitor may apply in Belgium is in no seed
        "side:visit_then_stay_not_in_sources",
    },
    S.PRACTICE_FOREIGN_BOND: {
        "side:guardianship_as_custody_proof",
        "conditions:legal_bond_recognised",
        "documents:adoption_recognition",
        "documents:adoption_recognition@belgian",
        "advice:adoption_get_recognition",
        "advice:adoption_get_recognition@belgian",
    },
    S.PRACTICE_DVZ_ACCEPTANCE: {
        "documents:visa_application_form",
        "side:filing_date_counts",
        "side:filing_date_counts_child",
        "side:parents_3_months_late",
        "documents:fee_payment_proof",
        "advice:incomplete_file_accepted",
    },
    S.PRACTICE_DVZ_TRAVEL_DOCUMENT: {
        "side:passport_after_recognition",
        "side:travel_document_limits",
        "documents:travel_document",
        "documents:travel_document_protected",
        "documents:identity_other_evidence",
        "advice:laissez_passer",
    },
    f"{S.ART_40TER_2}; {S.GWH_121_2013}": {
        "side:income_at_least_reference",
        "documents:means_proof@belgian",
    },
    S.PRACTICE_LEGALISATION: {
        "documents:legalisation_and_translation",
    },
    S.RVV_CASE_LAW: {
        "side:marriage_deed_not_legalised",
        "side:marriage_deed_missing_official",
        "documents:marriage_certificate",
    },
}


def _entries():
    for name, catalogue in M.CATALOGUES.items():
        for key, message in catalogue.items():
            yield f"{name}:{key}", message


def test_every_catalogue_entry_cites_a_source_that_says_it():
    for entry, message in _entries():
        assert message.source in SOURCE_COVERS, f"{entry}: unknown source {message.source!r}"
        assert entry in SOURCE_COVERS[message.source], f"{entry} may not cite {message.source}"


def test_reference_amount_1555_09_is_seed_004_and_never_cited_as_art_10_5():
    """ "Wat als de bestaansmiddelen van je Belgische (stief)ouder of (stief)grootouder lager
    zijn dan 1.555,09 euro per maand?" (seed 004, art. 40ter)."""
    for entry, message in _entries():
        if "1.555,09" in message.text:
            assert message.source == S.ART_40TER_2, entry
        assert message.source != S.ART_10_5, entry
    refugee = run(
        relationship="spouse",
        marriage="official",
        age=30,
        sponsor=RECOGNISED,
        relationship_predates_arrival=True,
        application_date="2026-06-01",
    )
    means = [d for d in refugee["documents"] if d["id"] == "means_proof"][0]
    assert "1.555,09" not in means["text"] and means["source"] == S.ART_10_2


def test_refugee_income_below_1555_09_is_not_judged_by_the_belgian_reference_amount():
    r = run(
        relationship="spouse",
        marriage="official",
        age=30,
        relationship_predates_arrival=True,
        sponsor={**RECOGNISED, "monthly_income": 1400},
        application_date="2026-06-01",
    )
    assert "means_below_reference" not in advice_ids(r)
    assert [c for c in r["conditions"] if c["id"] == "means_of_subsistence"][0]["met"] is None


def test_housing_and_insurance_of_a_belgian_sponsor_cite_art_40ter_not_art_10():
    """ "Bewijs van voldoende huisvesting" and "Bewijs van ziekteverzekering" (seed 004)."""
    r = run("belgian", "child", age=10, custody="sole", sponsor={"age": 45})
    for item in r["conditions"] + r["documents"]:
        assert not item["source"].startswith("art. 10,"), item
    housing = [d for d in r["documents"] if d["id"] == "housing_proof"][0]
    assert housing["source"] == S.ART_40TER_2


def test_unmarried_proof_of_an_adult_disabled_child_is_art_10_1_6():
    """ "Het meerderjarig gehandicapt kind ... (art. 10 § 1, 6°): ... alleenstaand zijn" (001)."""
    r = run(relationship="child", age=25, disabled=True, married=False, sponsor=RECOGNISED)
    proof = [d for d in r["documents"] if d["id"] == "unmarried_proof"][0]
    assert proof["source"] == S.ART_10_1_6


def test_fee_payment_proof_is_not_cited_to_the_exemption_clause():
    """ "het bewijs van de betaling van de visumleges, tenzij de aanvrager is vrijgesteld"
    (seed 002, acceptance)."""
    r = run(relationship="child", age=35, disabled=False, sponsor={**RECOGNISED, "age": 60})
    proof = [d for d in r["documents"] if d["id"] == "fee_payment_proof"][0]
    assert proof["source"] != S.ART_1_1_FEE


def test_child_adult_during_procedure_behoudt_zijn_recht_only_within_12_months():
    """ "behoudt zijn recht op gezinshereniging ... op voorwaarde dat de aanvraag voor
    gezinshereniging wordt ingediend binnen 12 maanden na de erkenning" (seed 003)."""
    base = dict(
        relationship="child",
        age=19,
        disabled=False,
        married=False,
        minor_when_sponsor_applied_for_asylum=True,
        sponsor=RECOGNISED,
    )
    in_time = run(**base, application_date="2026-03-03")
    late = run(**base, application_date="2026-03-04", force_majeure=False)
    assert in_time["route"] == "family_reunification"
    assert late["route"] == "humanitarian_visa"
    assert "adult_child_deadline_passed" in advice_ids(late)
    text = " ".join(a["text"] for a in late["advice"]) + late["summary"]
    assert "recht blijft" not in text and "vervallen" in text
    assert in_time["deadlines"][0]["id"] == "adult_child_request_end"
    assert "vervalt" in in_time["deadlines"][0]["text"]


def test_force_majeure_keeps_the_right_without_the_late_request_text():
    """ "Deze termijn van 12 maanden kan worden verlengd (en het recht op gezinshereniging
    behouden) indien de aanvrager aantoont dat hij door overmacht verhinderd werd" (003)."""
    r = run(
        relationship="child",
        age=19,
        disabled=False,
        married=False,
        force_majeure=True,
        minor_when_sponsor_applied_for_asylum=True,
        adult_before_sponsor_recognition=True,
        sponsor=RECOGNISED,
        application_date="2026-06-01",
    )
    assert r["route"] == "family_reunification"
    assert "late_request" not in advice_ids(r)
    assert "force_majeure_extension" in advice_ids(r)


def test_asylum_seeker_uiteraard_kunnen_ook_familieleden_van_andere_derdelanders():
    """ "Uiteraard kunnen ook familieleden van andere derdelanders of familieleden van Belgen in
    aanmerking komen voor een humanitair visum." (seed 000)"""
    r = run("asylum_seeker", "spouse")
    texts = " ".join([r["route_text"], r["summary"], *(a["text"] for a in r["advice"])])
    assert "humanitair visum" in texts
    assert "Een aanvraag is op dit moment niet mogelijk" not in texts
    assert r["route"] == "humanitarian_visa" and "geen recht op gezinshereniging" in r["route_text"]
    assert "pas na de erkenning" in r["summary"]
    assert "humanitarian_no_deadline" in advice_ids(r)


def test_parents_chance_enkel_kans_wanneer_uitzonderlijke_kwetsbaarheid():
    """ "Over het algemeen maakt dit enkel kans wanneer je een uitzonderlijke kwetsbaarheid kan
    aantonen." (seed 000); "weinig tot geen praktijkervaring" is about partners."""
    r = run(
        relationship="parent",
        sponsor={"age": 40, "recognition_date": "2025-06-01"},
        elderly=False,
        isolated=False,
        medical_needs=False,
        own_sufficient_means=False,
    )
    assert r["humanitarian_chance"] == "very_low"
    assert "uitzonderlijke kwetsbaarheid" in r["chance"]["text"]
    assert "ervaring" not in r["chance"]["text"]
    partner = run(
        relationship="partner", common_child=False, impossible_to_marry=False, sponsor=RECOGNISED
    )
    assert "ervaring" in partner["chance"]["text"]


def test_afwezigheid_van_een_reisdocument_geen_onoverkomelijk_obstakel():
    """ "is de afwezigheid van een reisdocument geen onoverkomelijk obstakel voor de indiening
    van een visumaanvraag" (seed 002)."""
    r = run(relationship="child", age=10, common_child=True, sponsor=RECOGNISED)
    doc = [d for d in r["documents"] if d["id"] == "travel_document_protected"][0]
    assert "onoverkomelijk" in doc["text"] and "doorlaatbewijs" in doc["text"]
    tcn = run("third_country_national", "child", age=10, common_child=True, sponsor={"age": 40})
    assert "travel_document" in doc_ids(tcn)


def test_every_humanitarian_answer_says_no_legal_deadline_and_a_year_or_more():
    """ "De wet verplicht de Dienst Vreemdelingenzaken niet om binnen een bepaalde termijn een
    beslissing te nemen. De behandelingstermijn kan tot een jaar of meer oplopen." (seed 001)"""
    cases = [
        run(relationship="grandparent", sponsor={"age": 40}),
        run(relationship="spouse", marriage="religious_or_customary", sponsor=RECOGNISED),
        run(relationship="partner", sponsor=RECOGNISED),
        run(relationship="child", age=35, disabled=False, sponsor={**RECOGNISED, "age": 60}),
    ]
    for r in cases:
        assert r["route"] == "humanitarian_visa"
        assert "jaar of langer" in r["route_text"]
        assert "humanitarian_no_deadline" in advice_ids(r)


def test_religious_marriage_check_official_marriage_where_concluded():
    """ "Als echtgeno(o)t(e) heb je enkel recht op gezinshereniging wanneer jouw religieus of
    gewoonterechtelijk huwelijk ook als officieel huwelijk geldt in het land waar het werd
    afgesloten." (seed 000)"""
    for status in ("refugee", "third_country_national"):
        r = run(status, "spouse", marriage="religious_or_customary", sponsor=RECOGNISED)
        assert advice_ids(r)[0] == "religious_marriage_check_law", status


def test_parents_of_nbmv_op_voorwaarde_dat_de_nbmv_jonger_is_dan_achttien_jaar():
    """ "Op voorwaarde dat de NBMV jonger is dan achttien jaar" (seed 001): the request must come
    before the sponsor turns 18, whatever the 12-month date says (seed 002, late requests)."""
    r = run(
        relationship="parent",
        sponsor={"age": 17, "unaccompanied_minor": True, "recognition_date": "2025-10-07"},
    )
    assert r["route"] == "family_reunification"
    assert "apply_before_sponsor_turns_18" in advice_ids(r)
    assert "apply_before_sponsor_turns_18" not in advice_ids(
        run(relationship="child", age=5, sponsor={"recognition_date": "2025-10-07"})
    )


def test_child_jonger_zijn_dan_18_jaar_a_17_year_old_applies_before_18():
    """ "jonger zijn dan 18 jaar" (seed 001, art. 10, §1, 4°). Seed 003 keeps the right of a
    child only "indien het meerderjarig geworden is tijdens het onderzoek van deze aanvraag"
    (the sponsor's asylum application): a refugee's child who is 17 after the recognition
    applies before 18 too (panel 10, t5)."""
    worker = {"status": "third_country_national"}
    assert "apply_before_child_turns_18" in advice_ids(
        run(None, "child", age=17, sponsor=worker, custody="sole", dependent=True)
    )
    assert "apply_before_child_turns_18" not in advice_ids(
        run(None, "child", age=16, sponsor=worker, custody="sole", dependent=True)
    )
    assert "apply_before_child_turns_18" in advice_ids(
        run("refugee", "child", age=17, sponsor={"recognition_date": "2025-10-07"})
    )


def test_de_andere_familieleden_moeten_een_retributie_betalen__the_fee_due_cites_art_1_1():
    """ "De andere familieleden ... moeten een retributie betalen." (seed 002, "Retributie"):
    a fee that is due cites art. 1/1, never its exemption clause (§2, 3°); the exempt
    spouse of a refugee does cite §2, 3° ("De volgende personen betalen geen retributie")."""
    asylum_seeker = run("asylum_seeker", "spouse", age=24)
    assert asylum_seeker["fee"]["source"] == S.ART_1_1
    assert S.ART_1_1_FEE not in asylum_seeker["citations"]
    adult_child = run(
        relationship="child", age=35, disabled=False, sponsor={**RECOGNISED, "age": 60}
    )
    assert adult_child["fee_exempt"] is False and S.ART_1_1_FEE not in adult_child["citations"]
    spouse = run(
        relationship="spouse",
        marriage="official",
        age=30,
        relationship_predates_arrival=True,
        sponsor=RECOGNISED,
    )
    assert spouse["fee"]["source"] == S.ART_1_1_FEE and S.ART_1_1_FEE in spouse["citations"]


def test_er_moet_geen_administratieve_bijdrage_voor_het_humanitair_visum_betaald_worden():
    """Soft procedure for a religious marriage (seed 000): no fee, from the practice seed 000
    describes, not art. 1/1, §2, 3° (which exempts the legal spouse)."""
    r = run(relationship="spouse", marriage="religious_or_customary", age=30, sponsor=RECOGNISED)
    assert r["fee_exempt"] is True and r["visa_code"] == "B17"
    assert r["fee"]["source"] == S.PRACTICE_DVZ
    assert S.ART_1_1_FEE not in r["citations"]
    other = run(relationship="spouse", marriage="official", age=30, sponsor=RECOGNISED)
    assert other["fee"]["source"] == S.ART_1_1_FEE


def test_gehandicapt_meerderjarig_kind_alleenstaand_zijn_is_art_10_1_6_throughout():
    """ "Uw gehandicapt meerderjarig kind ... (art. 10 § 1, 6°): ... alleenstaand zijn"
    (seed 001): the unmarried condition of a disabled adult child cites 6°, a minor child's
    seed 003's "[Artikel 10 ...]" ("alleenstaand zijn (ongehuwd)" of "Uw kinderen van minder
    dan 18 jaar", for which seed 001 names no paragraph)."""
    r = run(relationship="child", age=23, disabled=True, sponsor=RECOGNISED)
    assert condition(r, "child_unmarried")["source"] == S.ART_10_1_6
    assert S.ART_10_1_4 not in r["citations"]
    minor = run(relationship="child", age=10, common_child=True, sponsor=RECOGNISED)
    assert condition(minor, "child_unmarried")["source"] == S.ART_10


def test_a_belgians_partner_cites_art_40ter_never_art_10_not_even_in_the_summary():
    """Seed 004 (art. 40ter) is the rule for a Belgian's family; art. 10, §1, 4° and 5° are
    seed 001's rules for the family of a protected person or other third-country national."""
    spouse = run("belgian", "spouse", marriage="official", age=26, sponsor={"age": 31})
    partner = run(
        "belgian",
        "registered_partner",
        age=31,
        partnership="legally_registered",
        sponsor={"age": 30},
    )
    for r in (spouse, partner):
        assert not [c for c in r["citations"] if c.startswith("art. 10,")], r["citations"]
    refugee = run(relationship="spouse", marriage="official", age=30, sponsor=RECOGNISED)
    assert S.ART_10_1_4 in refugee["citations"]


def test_a_humanitarian_visa_alone_cites_no_period_of_het_verzoek_tot_gezinshereniging():
    """The favourable period is that of "het verzoek tot gezinshereniging ... binnen het jaar
    (12 maanden) na de erkenning" (seed 003); "De vreemdelingenwet en in het bijzonder de
    artikelen 9 en 13 leggen geen voorwaarden vast" (seed 001). The date stays in `deadlines`
    (CONTRACT), but a parent's humanitarian visa does not cite it; the soft procedure, a
    request for family reunification, does."""
    mother = run(
        "subsidiary_protection",
        "parent",
        age=64,
        elderly=True,
        own_sufficient_means=False,
        sponsor={**RECOGNISED, "minor_at_asylum_application": False},
    )
    assert mother["route"] == "humanitarian_visa"
    assert deadline(mother, "favourable_conditions_end")
    assert S.ART_10_2_FAVOURABLE not in mother["citations"]
    soft = run(relationship="spouse", marriage="religious_or_customary", age=30, sponsor=RECOGNISED)
    assert S.ART_10_2_FAVOURABLE in soft["citations"]


def test_nbmv_binnengekomen_zonder_begeleiding_en_vervolgens_niet_onder_de_hoede__two_facts():
    """ "het Rijk binnengekomen is zonder begeleiding van een ... verantwoordelijke
    meerderjarige vreemdeling en vervolgens niet daadwerkelijk onder de hoede van een dergelijke
    persoon gestaan heeft" (seed 001, art. 10, §1, 7°): "came alone" ticks the first part only;
    the second is never asked, so it is still to prove."""
    r = run(
        relationship="parent",
        sponsor={**RECOGNISED, "age": 16, "unaccompanied_minor": True},
    )
    assert r["route"] == "family_reunification"
    arrived = condition(r, "sponsor_unaccompanied")
    assert arrived["state"] == "met" and "daarna" not in arrived["text"].lower()
    after = condition(r, "sponsor_not_in_adult_care")
    assert after["met"] is None and after["state"] == "to_prove"
    assert after["source"] == S.ART_10_1_7


def test_religious_marriage_dit_kan_nagegaan_worden__official_marriage_is_still_to_check():
    """ "enkel recht op gezinshereniging wanneer jouw religieus of gewoonterechtelijk huwelijk
    ook als officieel huwelijk geldt in het land waar het werd afgesloten. Dit kan nagegaan
    worden aan de hand van de wetgeving van dit land" (seed 000): not known to fail (no ✘),
    still to check; an official marriage is met."""
    for status in ("refugee", "third_country_national"):
        r = run(status, "spouse", marriage="religious_or_customary", age=30, sponsor=RECOGNISED)
        c = condition(r, "official_marriage")
        assert c["met"] is None and c["state"] == "to_prove", status
        assert "religious_marriage_check_law" in advice_ids(r)
    official = run(relationship="spouse", marriage="official", age=30, sponsor=RECOGNISED)
    assert condition(official, "official_marriage")["state"] == "met"


def test_gehandicapt_kind_een_attest_opgemaakt_door_een_arts_aangesteld_door_de_post():
    """ "een attest voorleggen van de gezondheidstoestand van het kind. Dit gezondheidsattest
    is opgemaakt door een arts aangesteld door de bevoegde Belgische diplomatieke of consulaire
    post" (seed 001): the user's word is no proof; the condition is still to prove, with the
    attest, and the right stays."""
    r = run(relationship="child", age=23, disabled=True, sponsor=RECOGNISED)
    assert r["route"] == "family_reunification"
    c = condition(r, "disabled_cannot_provide")
    assert c["met"] is None and c["state"] == "to_prove"
    assert "attest van een dokter die de Belgische ambassade aanduidt" in c["text"]
    assert "disability_certificate" in doc_ids(r)
    not_disabled = run(relationship="child", age=23, disabled=False, sponsor=RECOGNISED)
    assert not [c for c in not_disabled["conditions"] if c["id"] == "disabled_cannot_provide"]


def _nbmv_sibling(**facts):
    return run(
        relationship="sibling",
        parents_also_applying=True,
        sponsor={**RECOGNISED, "age": 16, "unaccompanied_minor": True},
        **facts,
    )


def test_minor_sibling_je_hoeft_in_principe_geen_andere_humanitaire_elementen_aan_te_tonen():
    """ "Wel kan je een aanvraag voor een humanitair visum indienen samen met de aanvraag tot
    gezinshereniging van je ouders. Deze aanvraag heeft veel kans op slagen. Je hoeft in
    principe geen andere humanitaire elementen aan te tonen." (seed 000): no dependency on the
    minor in Belgium, nobody-else-to-care or reports; applying at the same time as the parents
    is the condition. Parents not coming: seed 001's general file stays."""
    r = _nbmv_sibling(age=10, half_or_step_sibling=False)
    assert r["humanitarian_chance"] == "high"
    docs = doc_ids(r)
    for absent in (
        "dependency_evidence",
        "no_other_carer_proof",
        "international_organisation_report",
    ):
        assert absent not in docs
    assert not {"humanitarian_dependency", "humanitarian_no_other_carer"} & set(advice_ids(r))
    together = condition(r, "sibling_applies_with_parents")
    assert together["state"] == "to_prove" and "op hetzelfde moment" in together["text"]
    alone = run(
        relationship="sibling",
        age=10,
        parents_deceased_or_missing=True,
        sponsor={**RECOGNISED, "age": 16, "unaccompanied_minor": True},
    )
    assert "no_other_carer_proof" in doc_ids(alone)
    assert not [c for c in alone["conditions"] if c["id"] == "sibling_applies_with_parents"]


def test_adult_sibling_nog_steeds_ten_laste_van_je_ouders_not_of_the_minor_in_belgium():
    """ "Je zal uitvoerig moeten aantonen dat je ondanks je meerderjarigheid nog steeds ten
    laste bent van je ouders en deel uitmaakt van je oorspronkelijke kerngezin. Je toont aan
    dat je anders helemaal alleen en geïsoleerd achterblijft." (seed 000); the facts are
    examples ("Je kan bijvoorbeeld beschrijven en aantonen dat"), not facts the user gave."""
    r = _nbmv_sibling(age=19)
    docs = doc_ids(r)
    assert "dependency_on_parents_proof" in docs and "dependency_evidence" not in docs
    assert "no_other_carer_proof" not in docs and "individual_situation_evidence" in docs
    proof = [d for d in r["documents"] if d["id"] == "dependency_on_parents_proof"][0]["text"]
    assert "ten laste is van de ouders" in proof and "Bijvoorbeeld" in proof
    assert "humanitarian_dependency" not in advice_ids(r)
    assert condition(r, "sibling_applies_with_parents")["state"] == "to_prove"


def test_half_sibling_bijkomende_humanitaire_elementen_but_no_dependency_on_the_minor():
    """ "Het is aangewezen om bijkomende humanitaire elementen aan te tonen wanneer je een
    minderjarige half- of stiefbroer of -zus bent ... en het niet jouw biologische ouder is die
    tegelijkertijd gezinshereniging ... aanvraagt" (seed 000)."""
    r = _nbmv_sibling(age=10, half_or_step_sibling=True, own_parent_applying=False)
    docs = doc_ids(r)
    assert "no_other_carer_proof" in docs and "dependency_evidence" not in docs


def test_a_baby_has_no_own_income_to_prove_and_nobody_else_to_care_only_if_alone():
    """Seed 001's humanitarian file ("het bewijs van geldoverschrijvingen aan het familielid,
    het bewijs dat uw familielid geen eigen inkomsten heeft en het bewijs van uw inkomen";
    "dat geen enkel ander familielid voor het betrokken familielid kan zorgen") for a minor
    child of the sponsor: the transfers and the sponsor's income, no own income of a child;
    nobody else to care only when the child does not travel with a parent. An adult keeps it."""
    baby = assess_with_reader(run_case("asylum_seeker", "child", age=0), "baby", "hij")
    texts = {d["id"]: d["text"] for d in baby["documents"]}
    assert "eigen inkomen" not in texts["dependency_evidence"]
    assert "geldoverschrijvingen" in texts["dependency_evidence"]
    assert texts["no_other_carer_proof"].startswith("Als je baby niet samen met een ouder")
    wife = run("asylum_seeker", "spouse", age=24)
    wife_texts = {d["id"]: d["text"] for d in wife["documents"]}
    assert "geen eigen inkomen" in wife_texts["dependency_evidence"]
    assert wife_texts["no_other_carer_proof"].startswith("Bewijs dat geen ander familielid")


def test_a_wifes_bond_is_the_marriage_or_concrete_proof_of_the_relationship_not_birth_acts():
    """ "De relatie kan dan aangetoond worden aan de hand van concrete feitelijke bewijzen of
    bijvoorbeeld het bestaan van gemeenschappelijke kinderen." (seed 000): the wife of an
    asylum seeker shows the marriage, not "Papieren die tonen dat jullie familie zijn.
    Bijvoorbeeld geboorteaktes."; a child still shows the family bond with birth acts."""
    wife = run("asylum_seeker", "spouse", age=24)
    docs = doc_ids(wife)
    assert "spouse_bond_proof" in docs and "family_link_proof" not in docs
    text = [d for d in wife["documents"] if d["id"] == "spouse_bond_proof"][0]["text"]
    assert text.startswith("Jullie huwelijksakte.") and "concrete bewijzen" in text
    assert "legalisation_and_translation" in docs
    child = run("asylum_seeker", "child", age=5)
    assert "family_link_proof" in doc_ids(child)


def test_a_belgians_wife_shows_the_marriage_act_without_the_rvv_exception_of_seed_000():
    """Seed 004 allows other evidence only "Als je onmogelijk een officiële akte kan
    voorleggen ... De onmogelijkheid moet ontstaan zijn onafhankelijk van je wil"; the RvV's
    "andere geldige bewijzen" when "de legalisatie ontbreekt" is seed 000's note on the
    family of a protected person, and stays there."""
    belgian = run("belgian", "spouse", marriage="official", age=26, sponsor={"age": 31})
    act = [d for d in belgian["documents"] if d["id"] == "marriage_certificate"][0]
    assert act["text"] == "Jullie huwelijksakte." and act["source"] == S.ART_40TER
    refugee = run(relationship="spouse", marriage="official", age=30, sponsor=RECOGNISED)
    act = [d for d in refugee["documents"] if d["id"] == "marriage_certificate"][0]
    assert "andere geldige bewijzen" in act["text"] and act["source"] == S.RVV_CASE_LAW
    # another third-country national: seed 002's general rule, "een authentiek document"
    worker = run(
        "third_country_national",
        "spouse",
        marriage="official",
        age=30,
        relationship_predates_arrival=True,
        sponsor={"age": 40},
    )
    act = [d for d in worker["documents"] if d["id"] == "marriage_certificate"][0]
    assert act["text"] == "Jullie huwelijksakte." and act["source"] == S.ART_12BIS_5_6


def test_bewijs_van_ongehuwde_staat_indien_oud_genoeg_om_te_trouwen_in_one_sentence():
    """ "Een bewijs van ongehuwde staat voorleggen indien de aanvrager oud genoeg is om op
    geldige wijze in het huwelijk te treden." (seed 003): the seeds give no age (it is the
    foreign law's), so the condition stays in the document's first sentence, the one a short
    list shows; an adult disabled child proves it without the condition."""
    r = assess(
        run_case(relationship="child", age=6, common_child=True, sponsor=RECOGNISED),
        reader=Reader(relative="dochter"),
    )
    text = [d for d in r["documents"] if d["id"] == "unmarried_proof"][0]["text"]
    assert text.split(". ")[0].startswith("Als zij oud genoeg is om te trouwen: een bewijs")
    adult = run(relationship="child", age=23, disabled=True, sponsor=RECOGNISED)
    proof = [d for d in adult["documents"] if d["id"] == "unmarried_proof"][0]["text"]
    assert proof == "Een bewijs dat je kind niet getrouwd is."


def test_religious_marriage_feitelijke_relatie_common_children_and_the_cgvs_interview():
    """ "DVZ erkent in dat geval een ‘feitelijke relatie’. De relatie kan dan aangetoond worden
    aan de hand van concrete feitelijke bewijzen of bijvoorbeeld het bestaan van
    gemeenschappelijke kinderen." and "Indien jouw partner internationale bescherming geniet,
    zullen ook de relevante verklaringen tijdens het persoonlijk onderhoud met het CGVS in de
    asielprocedure belangrijk zijn." (seed 000), also in the soft procedure."""
    soft = run(
        relationship="spouse",
        marriage="religious_or_customary",
        age=30,
        common_child=True,
        sponsor=RECOGNISED,
    )
    assert {"common_child_birth_certificate", "asylum_file_statements"} <= set(doc_ids(soft))
    worker = run(
        "third_country_national",
        "spouse",
        marriage="religious_or_customary",
        age=30,
        common_child=False,
        sponsor={"age": 40},
    )
    assert not {"common_child_birth_certificate", "asylum_file_statements"} & set(doc_ids(worker))


def test_status_en_verblijf_van_de_gezinshereniger_named_as_the_status_the_user_gave():
    """ "De beslissing van het Commissariaat-generaal ... om de vluchtelingenstatus te erkennen
    of subsidiaire bescherming toe te kennen, voorleggen" (seed 003): for a sponsor with
    subsidiary protection, that decision, not "erkent als vluchteling of ..."."""
    r = run("subsidiary_protection", "parent", age=64, sponsor=RECOGNISED)
    decision = [d for d in r["documents"] if d["id"] == "sponsor_protection_decision"][0]
    assert "subsidiaire bescherming geeft" in decision["text"]
    assert "vluchteling" not in decision["text"]
    refugee = run(relationship="child", age=10, common_child=True, sponsor=RECOGNISED)
    assert condition(refugee, "sponsor_protected_status")["text"] == (
        "Je bent erkend vluchteling en woont legaal in België."
    )


def test_indien_de_ouders_gescheiden_zijn_a_common_child_with_shared_custody_needs_consent():
    """ "Indien de ouders van de aanvrager gescheiden zijn, moet de gezinshereniger ... over
    een hoederecht beschikken. Indien de hoede gedeeld wordt, moet de andere houder van het
    hoederecht met de gezinshereniging instemmen." (seed 003): a child of both parents whose
    custody is shared (the parents are apart) is not exempt as a common child of the couple
    ("Gemeenschappelijke kinderen van het (echt)paar", seed 001), which stays exempt."""
    shared = run(
        "third_country_national",
        "child",
        age=4,
        common_child=True,
        custody="shared",
        sponsor={"age": 40},
    )
    c = condition(shared, "custody")
    assert c["state"] != "exempt" and "other_parent_consent_proof" in doc_ids(shared)
    assert "applicant.other_parent_consent" in shared["missing_facts"]
    couple = run("third_country_national", "child", age=4, common_child=True, sponsor={"age": 40})
    assert condition(couple, "custody")["state"] == "exempt"


def test_referentiebedrag_dan_hoef_je_geen_bijkomende_bewijzen_cites_gwh_121_2013():
    """ "Als je Belgische (stief)ouder ... aantoont dat hij een inkomen heeft dat gelijk is aan
    of hoger is dan het wettelijke referentiebedrag, dan hoef je geen bijkomende bewijzen toe
    te voegen (Grondwettelijk Hof 26 september 2013, nr. 121/2013)." (seed 004)"""
    r = run("belgian", "spouse", marriage="official", age=26, sponsor={"age": 31})
    means = [d for d in r["documents"] if d["id"] == "means_proof"][0]
    assert "geen extra bewijzen" in means["text"]
    assert means["source"] == f"{S.ART_40TER_2}; {S.GWH_121_2013}"
    housing = [d for d in r["documents"] if d["id"] == "housing_proof"][0]
    assert housing["source"] == S.ART_40TER_2


def test_een_meerderjarige_vreemdeling_the_parent_of_an_adult_child_is_an_adult():
    """ "Een meerderjarige vreemdeling aan wie België de vluchtelingenstatus ... heeft
    toegekend kan ... vervoegd worden door ... zijn gehandicapt kind dat ouder is dan 18 jaar"
    (seed 002): the parent of a 23-year-old is an adult, not "still to prove"; the parent of a
    10-year-old whose age is not known stays to prove."""
    daughter = run(
        relationship="child", age=23, disabled=True, sponsor={"recognition_date": "2025-03-03"}
    )
    assert condition(daughter, "sponsor_adult")["state"] == "met"
    son = run(
        relationship="child", age=10, common_child=True, sponsor={"recognition_date": "2025-03-03"}
    )
    assert condition(son, "sponsor_adult")["state"] == "to_prove"


def test_andere_geldige_bewijzen_op_voorwaarde_dat_deze_band_al_voor_de_binnenkomst_bestond():
    """Seed 002: "moet de Dienst Vreemdelingenzaken rekening houden met andere geldige bewijzen
    ... op voorwaarde dat deze band al vóór de binnenkomst van de gezinshereniger in België
    bestond" (panels 76 and 77: said to a couple who married after the arrival). Both sides."""
    before = run(
        relationship="spouse", marriage="official", age=30, sponsor=RECOGNISED,
        relationship_predates_arrival=True,
    )  # fmt: skip
    act = [d for d in before["documents"] if d["id"] == "marriage_certificate"][0]
    assert "Dan kunnen andere geldige bewijzen" in act["text"], act
    after = run(
        relationship="spouse", marriage="official", age=30, sponsor=RECOGNISED,
        relationship_predates_arrival=False,
    )  # fmt: skip
    act = [d for d in after["documents"] if d["id"] == "marriage_certificate"][0]
    assert "alleen voor een band die al bestond vóór de aankomst" in act["text"], act
    assert "Dan kunnen andere geldige bewijzen" not in act["text"] and act["source"] == (
        S.ART_12BIS_5_6
    )
