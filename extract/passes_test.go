package extract

import (
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// passOfFile says which pass each source file belongs to (see Extract):
// 0 for what every pass shares (the lexicon, the word lists, the types).
var passOfFile = map[string]int{
	"doc.go": 0, "extractor.go": 0, "json.go": 0, "lexicon.go": 0, "lexicon_roletags.go": 0, "lexicon_sizes.go": 0, "lexicon_plainwords.go": 0, "words_plural.go": 0, "endsrole.go": 0, "offsets.go": 0, "types.go": 0, "words.go": 0,
	"wordtable.go": 0, "scratch.go": 0,
	"text.go": 1, "text_spacedage.go": 1, "tokfacts.go": 1, "numbers.go": 1, "quotemarks.go": 1,
	"pass2_places.go": 2, "countries.go": 2, "countries_capitallist.go": 2, "countries_namedfeature.go": 2, "countries_surnameplace.go": 2, "orgs.go": 2, "datelines.go": 2, "scene.go": 2,
	"pass3_people.go": 3, "people.go": 3, "people_couples.go": 3, "people_hyphenedname.go": 3, "people_apposedsubject.go": 3, "people_inname_given.go": 3, "people_shared.go": 3, "people_nameused.go": 3, "roles.go": 3, "roles_before.go": 3, "roles_after.go": 3, "roles_branch.go": 3, "roles_open.go": 3, "roles_open_before.go": 3, "roles_ministry_opener.go": 3,
	"role_verbs.go": 3, "bodies.go": 3, "bodies_named.go": 3, "bodies_anaphor.go": 3, "bodies_chain.go": 3, "officials_asides.go": 3, "officials_itsperson.go": 3, "officials_itsnamedtyped.go": 3, "officials_armedrun.go": 3, "role_verbs_bodypart.go": 3, "officials.go": 3, "officials_ranked.go": 3, "officials_dateline.go": 3, "officials_groupacronym.go": 3, "officials_localunit.go": 3, "officials_nationchief.go": 3, "officials_privatebody.go": 3, "officials_unknownowner.go": 3, "officials_acronymowner.go": 3, "officials_brandowner.go": 3, "quotes_thatclause.go": 4, "roles_secretariatserved.go": 3, "role_verbs_partname.go": 3, "roles_spanend.go": 3, "people_surnamehonorific.go": 3, "officials_firmrole.go": 3, "officials_firmopener.go": 3, "officials_rivalcomplement.go": 3, "officials_rankacronym.go": 3, "holders.go": 3,
	"officials_jointprivate.go": 3, "roles_pluralrank.go": 3, "roles_stateoffice.go": 3, "roles_titlerun.go": 3, "roles_baremodifier.go": 3, "roles_ofbodyafter.go": 3, "officials_titleowner.go": 3,
	"orgs_longername.go": 2, "officials_stateagency.go": 3, "officials_requestdestination.go": 3, "officials_itsforce.go": 3, "officials_junta.go": 3, "officials_itsorgan.go": 3, // ob9
	"roles_describedthennamed.go": 3, "roles_closedapposition.go": 3, "roles_succession.go": 3, "officials_europeanmember.go": 3, "officials_itstypedname.go": 3, "roles_takes_oath.go": 3, "officials_orgorganowner.go": 3, "roles_portfoliolist.go": 3, "bodies_nounrun.go": 3, "roles_openingdeterminer.go": 3, "roles_affairs.go": 3, "roles_served_office.go": 3, "roles_party_owner.go": 3, "datelines_dated.go": 2, // fx7o
	"pass4_quotes.go": 4, "quotes.go": 4, "quotes_pluralnoun.go": 4, "quote_headings.go": 4, "quote_turns.go": 4, "speakers.go": 4, "speakers_whichaside.go": 4, "speakerphrase.go": 4, "speakers_dead.go": 4, "speakers_bodynames.go": 4, "speakers_described.go": 4, "speakers_ownedunit.go": 4, "speakers_newholder.go": 4, "speakers_agedrole.go": 4, "speakers_ownedname.go": 4, "speakers_familyfirst.go": 4, "quotes_orders.go": 4, "quote_pullquotes.go": 4, "quote_participles.go": 4, "quote_captionrepeats.go": 4, "quote_responseof.go": 4,
	"people_ofbodyname.go": 3, "quotes_longcomplement.go": 4, "speakers_governingbody.go": 4, "speakers_witnessnamed.go": 4, // sk13
	"people_openers.go": 3, "quotes_reportedinner.go": 4, "speakers_issueddocument.go": 4, "speakers_placedperson.go": 4, // au2
	"speakers_groupissuer.go": 4, "quotes_standalonebody.go": 4, // gg1
	"roles_groupback.go": 3, "roles_partyfrom.go": 3, "speakers_selfnamed.go": 4, "speakers_describedsubject.go": 4, // sk20
	"quotes_goeson.go": 4, "speakers_describedapposition.go": 4, "speakers_formerholder.go": 4, "speakers_objectpronoun.go": 4, "speakers_leadholder.go": 4, // sk12
	"quotes_backcue.go": 4, "quotes_roleopen.go": 4, "speakers_rankmissing.go": 4, // fx37
	"speakers_legislator.go": 4,                                                                                                                      // sk1
	"capruns_inner.go":       3, "capruns_particle.go": 3, "officials_occasion.go": 3, "role_verbs_partof.go": 3, "speakers_secretaryminister.go": 4, // fx9o
	"officials_bodypost.go": 3, "officials_itsdescribed.go": 3, "roles_takes_office.go": 3, "role_verbs_andmodifier.go": 3, "people_onename_heads.go": 3, "people_middlewords.go": 3, "people_nounrank.go": 3, "officials_frontedtown.go": 3, "officials_seatits.go": 3, // ob10
	"people_bodylist.go": 3, "roles_placeunit.go": 3, "speakers_apposedname.go": 4, "speakers_religiousname.go": 4, // fx11o
	"pass5_figures.go": 5, "troops.go": 5, "troops_apart.go": 5, "troops_partofsent.go": 5, "troops_includingaside.go": 5, "troops_baredeploy.go": 5, "troops_draftstandby.go": 5, "troops_usguard.go": 5, "troops_change.go": 5, "troops_figuresubject.go": 5, "troops_therewillbe.go": 5, "troops_state.go": 5, "troops_strength.go": 5, "troops_lists.go": 5, "troops_totals.go": 5, "troops_unit_is.go": 5, "troops_freemods.go": 5, "troops_pairs.go": 5, "troops_respectivelist.go": 5, "troops_themclause.go": 5, "troops_personnelsubject.go": 5, "troops_belongto.go": 5, "officials_itsacronymagency.go": 3, "troops_rhetoricalor.go": 5, "deaths_figureframed.go": 5,
	"troops_strongpair.go": 5, "troops_mutualaid.go": 5, "troops_asked.go": 5, "troops_places.go": 5, "troops_heldready.go": 5, "troops_capitalpolice.go": 5, "troops_unitfromforce.go": 5, "troops_sizeref.go": 5, "troops_composed.go": 5, "troops_most.go": 5, "troops_joint.go": 5, "deaths_among.go": 5, "deaths_quoted.go": 5, "deaths_raised.go": 5, "deaths_gapped.go": 5, "deaths_avoidable.go": 5, "deaths_confirmed.go": 5, // fx6f
	"deaths.go": 5, "deaths_ambiguous.go": 5, "deaths_background.go": 5, "deaths_links.go": 5, "deaths_survivorother.go": 5, "deaths_lists.go": 5, "deaths_related.go": 5, "deaths_anaphortotal.go": 5, "deaths_namedlocality.go": 5, "deaths_gappeddate.go": 5, "deaths_running.go": 5, "deaths_periodtail.go": 5, "deaths_elidedrank.go": 5, "deaths_table.go": 5, "deaths_victims.go": 5, "victims.go": 5,
	"deaths_modaltoll.go": 5, "deaths_numberedname.go": 5, // fd14
	"deaths_bodies.go": 5, "deaths_memberacronym.go": 5, "deaths_bodiesofgroup.go": 5, "deaths_dashed.go": 5, "deaths_earlier.go": 5, "deaths_raisedfrom.go": 5, "deaths_ofthemtail.go": 5, "deaths_ofthemfronted.go": 5, "deaths_rankmod.go": 5, "deaths_everyone.go": 5, "deaths_family.go": 5, "deaths_owned.go": 5, "deaths_prospect.go": 5, "deaths_ranked.go": 5, "deaths_subjects.go": 5, "deaths_notsurvived.go": 5, "deaths_fromthe.go": 5, "deaths_ranged.go": 5, "deaths_ranto.go": 5, "troops_atsuperlative.go": 5, "deaths_demonympair.go": 5, "deaths_wholes.go": 5, "deaths_tollpeople.go": 5, "deaths_uncounted.go": 5, "troops_countnoun.go": 5, "troops_notone.go": 5, "deaths_spanof.go": 5, "deaths_lifeof.go": 5, "deaths_notthe.go": 5, "figures_howmany.go": 5, "figures_labelled.go": 5, "troops_apposed.go": 5, "troops_courts.go": 5, "troops_forcepast.go": 5, "victims_agents.go": 5, "victims_modifiers.go": 5,
	"deaths_allofthem.go": 5, "victims_pluralkin.go": 5, "victims_titled.go": 5, // dt8
	"deaths_manneradverb.go": 5, "deaths_recordfrom.go": 5, "officials_itsfronted.go": 3, "countries_titledsurname.go": 2, "officials_localbodyafter.go": 3, "officials_typedfirmcomma.go": 3, // fx79
	"troops_posteddead.go": 5, "troops_modalquestion.go": 5, "troops_contingent.go": 5, "troops_clausetime.go": 5, "troops_namedforcestate.go": 5, "troops_marinespair.go": 5, "troops_partytag.go": 5, "deaths_longattribution.go": 5, "victims_formermods.go": 5, "deaths_fiscalyear.go": 5, "deaths_putparts.go": 5, "deaths_putmodified.go": 5, "troops_drawdownto.go": 5, "deaths_fellinbattle.go": 5, "deaths_lostbare.go": 5, "deaths_statelives.go": 5, "troops_statescount.go": 5, // fx47
	"deaths_tollarea.go": 5, "deaths_unitplace.go": 5, "troops_broughtto.go": 5, "troops_forcemembers.go": 5, "troops_uslocal.go": 5, "troops_hostplace.go": 5, // fx52, tr6
	"troops_targetfigure.go": 5, "troops_quotedwe.go": 5, "troops_pastspeech.go": 5, "troops_partoftarget.go": 5, "troops_pairedchange.go": 5, "troops_crewsbefore.go": 5, "troops_shareofforce.go": 5, "troops_clauseholder.go": 5, "troops_stateshare.go": 5, "troops_joinedheld.go": 5, "troops_servicesent.go": 5, "troops_draftintake.go": 5, "troops_policeduty.go": 5, "troops_staysubject.go": 5, "troops_unitof.go": 5, "troops_resized.go": 5, "troops_senders.go": 5, "troops_fromunit.go": 5, "troops_whomput.go": 5, // tf2
	"deaths_fromto.go": 5, "deaths_frontedkilled.go": 5, "deaths_numberedsubject.go": 5, "deaths_todeath.go": 5, "troops_formationaside.go": 5, "troops_verbobject.go": 5, "orgs_spelledacronym.go": 2, "deaths_putdead.go": 5, "troops_ownforce.go": 5, // fx9f
	"officials_possessivebody.go": 3, "roles_officeof.go": 3, "capruns_possessive.go": 3, "officials_itsstatebody.go": 3, "officials_headonlyorg.go": 3, "officials_staterun.go": 3, "officials_leadrole.go": 3, "roles_titleplace.go": 3, "roles_titleclause.go": 3, // fx10o
	"roles_listedphrase.go": 3, "roles_personowner.go": 3, "roles_rankedoffice.go": 3, "roles_rankbody.go": 3, // sm3
	"roles_officebeforerank.go": 3,                                                                                                                                                                                           // of5
	"bodies_namedhead.go":       3, "officials_adjectivetitle.go": 3, "officials_itsdescribedstate.go": 3, "officials_itsstaffbody.go": 3, "speakers_heldrank.go": 4, "quotes_commatitle.go": 4, "officials_partyseat.go": 3, // ox14
	"troops_mishap.go": 5, "troops_leadcapital.go": 5, "troops_labelledfrom.go": 5, "troops_contributorwith.go": 5, "troops_peakfrom.go": 5, "troops_leftover.go": 5, "troops_comparedaside.go": 5, "troops_moreasked.go": 5, "troops_saidaside.go": 5, "troops_partgroup.go": 5, // tf3
	"deaths_ageaside.go": 5, "deaths_deadormissing.go": 5, "deaths_noneamong.go": 5, "deaths_ordinalaside.go": 5, // fx10d
	"troops_sourcecount.go": 5, "troops_crewjoins.go": 5, "troops_missionshare.go": 5, "troops_carrierstate.go": 5, "troops_gappedsender.go": 5, "troops_replaced.go": 5, "troops_fromstates.go": 5, "troops_themofstate.go": 5, "troops_nationalsdeployed.go": 5, "troops_heldmembers.go": 5, // fx10t
	"troops_expelled.go": 5, "troops_theforce.go": 5, "troops_trainedplace.go": 5, // ft17
	"places_agencyname.go": 2, "orgs_sharedacronym.go": 2, "troops_deputies.go": 5, "troops_forceat.go": 5, "troops_glossedmen.go": 5, "troops_ownshare.go": 5, "troops_tofrom.go": 5, "troops_fromregion.go": 5, "troops_toldupfrom.go": 5, "troops_mandatefor.go": 5, "troops_armyplace.go": 5, // ft13
	"troops_borderphrase.go": 5, "troops_itscount.go": 5, "troops_movedpassive.go": 5, "troops_servingas.go": 5, "troops_weakstrong.go": 5, "troops_hiredsites.go": 5, "troops_unitgate.go": 5, "deaths_near.go": 5, "deaths_listwords.go": 5, "deaths_nounmodifier.go": 5, "deaths_longtally.go": 5, "deaths_inquestverdict.go": 5, "troops_dutysubset.go": 5, "troops_jointstrength.go": 5, // fx11t; sp5; sp3
	"countries_institution.go": 2, "countries_datelinestate.go": 2, "countries_language.go": 2, "countries_capitalpair.go": 2, // co1
	"troops_basehas.go": 5, "troops_forcesaid.go": 5, "troops_numberedabroad.go": 5, "troops_onduty.go": 5, "troops_trainingevent.go": 5, "troops_forcebeforein.go": 5, "troops_joinedfigure.go": 5, "troops_armyanaphor.go": 5, "troops_asidespeaker.go": 5, // ft12
	"deaths_subsetafterone.go": 5, "deaths_tollchain.go": 5, "deaths_joinednominal.go": 5, "deaths_gappedevent.go": 5, "deaths_dayofmonth.go": 5, // fx11d
	"deaths_buriedmissing.go": 5, "deaths_familylist.go": 5, "deaths_ranktodie.go": 5, "deaths_steps.go": 5, // fd12
	"deaths_headlinepage.go": 5, "deaths_livescount.go": 5, "deaths_ordinalfound.go": 5, // gv1 (session 29)
	"officials_placeside.go": 3, "officials_verbs.go": 3, "officials_ownedrank.go": 3, "roles_portfoliocomma.go": 3, // fo12
	"officials_subjectecho.go": 3, "countries_commatitledname.go": 2, // fo18
	"countries_holdercommaname.go": 2, "speakers_indefiniterole.go": 4, "troops_summaryaside.go": 5, "officials_regioncommander.go": 3, "holders_index.go": 0, "roles_namedas_copula.go": 3, // fx82
	"deaths_heldvictims.go": 5, "deaths_liveslost.go": 5, "deaths_todeathing.go": 5, // sm6
	"deaths_lostofits.go": 5, "deaths_notthe_clause.go": 5, "deaths_numberwho.go": 5, "deaths_rosetofrom.go": 5, "deaths_newfigure.go": 5, "victims_unitof.go": 5, // fd13
	"deaths_reportedpart.go":    5,                                                        // dr1
	"deaths_victimscomposed.go": 5,                                                        // dr1
	"deaths_countedincluded.go": 5,                                                        // dr1
	"officials_juntaowner.go":   3, "victims_ownedrole.go": 5, "troops_placedforce.go": 5, // fx74
	"deaths_tofromspan.go": 5, "troops_frontedtotal.go": 5, "troops_sheriffdeputies.go": 5, "troops_soughtcasualty.go": 5, "troops_strengthbelow.go": 5, "troops_verbmore.go": 5, // fx40
	"officials_rivalgov.go": 3, "roles_communitybody.go": 3, "officials_postowner.go": 3, "officials_itsapposed.go": 3, "people_titledpastbody.go": 3, "officials_holderbody.go": 3, "bodies_ofnameback.go": 3, "roles_placeunittitle.go": 3, "bodies_modifiedowner.go": 3, "roles_peopleowner.go": 3, "officials_groupnounback.go": 3, "officials_innerparty.go": 3, // fo13
	"troops_hostasker.go": 5, "troops_marinesowner.go": 5, "troops_jointbody.go": 5, "troops_askedfor.go": 5, "troops_gappedfurther.go": 5, "troops_includedduty.go": 5, "troops_quotedability.go": 5, "troops_trainedwith.go": 5, "troops_unitnamestate.go": 5, // fg15
	"bodies_forceopener.go": 3, "officials_counterpartback.go": 3, "officials_framedownsentence.go": 3, "officials_titleacronym.go": 3, // fx33
	"orgs_initials.go": 2, "officials_patrongov.go": 3, "officials_rivalgovnamed.go": 3, "officials_localheadplace.go": 3, // fx42
	"roles_formeraside.go": 3, "roles_relationalyields.go": 3, "roles_whosenamedbody.go": 3, "troops_joinedoperation.go": 5, "troops_wholeback.go": 5, "troops_framedfigure.go": 5, // fx33
	"troops_compassplace.go": 5, "troops_forits.go": 5, "troops_jointsenders.go": 5, "troops_passiveplace.go": 5, "troops_compoundunit.go": 5, // sm7
	"bodies_homeforce.go": 3, "people_ownedtitle.go": 3, "quotes_contrastclause.go": 4, // ox15
	"bodies_prepobject.go": 3, "bodies_seat.go": 3, "officials_appositionspeaker.go": 3, "officials_surnameorigin.go": 3, "officials_unnamedpost.go": 3, "roles_ofpossessive.go": 3, "officials_apposedforce.go": 3, // fo25
	"troops_heldpeople.go": 5, "troops_modforcestate.go": 5, "troops_trainedpassive.go": 5, "deaths_vaguejoined.go": 5, // fg16
	"troops_whichholds.go":  5,                                                                                                                                                                           // ft19
	"troops_casualtymod.go": 5, "troops_compounddemonym.go": 5, "troops_memberstrong.go": 5, "troops_parallel.go": 5, "troops_hostelided.go": 5, "troops_drillinvolving.go": 5, "deaths_tollstage.go": 5, // fx21
	"people_giventitle.go": 3, "roles_placenoun.go": 3, "roles_typednamedbody.go": 3, "people_partyadjunct.go": 3, "speakers_openerpronoun.go": 4, // fx21
	"troops_weaklicences.go": 5,                                                                                                                                            // tw1
	"troops_concessive.go":   5, "troops_servesinforce.go": 5, "troops_standingcut.go": 5, "troops_framedpart.go": 5, "troops_partsubject.go": 5, "troops_accusedof.go": 5, // fx41
	"officials_partyafter.go": 3, "officials_namedbodyafter.go": 3, // fo19
	"quotes_ofbodyholder.go": 4, "quotes_ofportfolioname.go": 4, // fo19
	"quotes_colonforward.go": 4, "quotes_colonpronoun.go": 4, "quotes_dashcredit.go": 4, "quotes_namegivenafter.go": 4, "quotes_saidaside.go": 4, "speakers_genderagree.go": 4, "speakers_describedvoice.go": 4, // sm2
	"speakers_frontedclause.go":   4,                                                                                            // qs1
	"officials_includedmember.go": 3, "officials_scenedateline.go": 3, "orgs_ministryportfolio.go": 2, "officials_briefs.go": 3, // fo20, fo22
	"deaths_numberfound.go": 5, "deaths_rankedkilled.go": 5, "deaths_reportwrong.go": 5, "troops_casualtybounds.go": 5, "troops_involved.go": 5, "troops_placemods.go": 5, "troops_yearspan.go": 5, "troops_ownedstrong.go": 5, "troops_capacitymodal.go": 5, // ft20, fx62
	"officials_bodystate.go": 3, "officials_bracketedplainbody.go": 3, "bodies_nonstateforce.go": 3, "roles_placeaftername.go": 3, "officials_localbody.go": 3, // fo24
	"people_commonwordsurname.go": 3, "people_givensurnamefirst.go": 3, "speakers_whoclausebody.go": 4, "people_spelledacronym.go": 3, "speakers_bodyjustsaying.go": 4, "people_compassplace.go": 3, "speakers_kindredbody.go": 4, "people_placetitled.go": 3, "roles_civilabbrev.go": 3, "people_saidnameof.go": 3, "speakers_ownbodyname.go": 4, "speakers_titlenoun.go": 4, "roles_bodyheadofname.go": 3, // fx38
	"officials_personorigin.go": 3, "officials_secretariat.go": 3, "officials_origintrade.go": 3, // fo21
	"officials_partyofficer.go": 3, "officials_itsparty.go": 3, "officials_partyowned.go": 3, "officials_partyframe.go": 3, "officials_statedpartyoffice.go": 3, "officials_breakawaytitle.go": 3, "officials_itsunit.go": 3, "officials_itspartyin.go": 3, // fo23, fx62
	"quotes_comparison.go": 4, "speakers_namedinquote.go": 4, "speakers_openercomma.go": 4, // au4
	"people_occupationopener.go": 3, "speakers_pastholder.go": 4, "speakers_modifieragree.go": 4, "roles_asidedescription.go": 3, // au6
	"officials_intlrole.go":     3,                                                                                                                                                                      // fo26
	"officials_shadowoffice.go": 3, "officials_itsagency.go": 3, "officials_titleparty.go": 3, "officials_unlistedpartyseat.go": 3, "countries_spelledacronym.go": 2, "officials_itsnationalbody.go": 3, // fo27
	"victims_singulars.go": 0, "quotes_acronymaside.go": 4, "deaths_contrastopener.go": 5, "deaths_placeepithet.go": 5, "deaths_totalof.go": 5, "troops_capitaloftail.go": 5, "troops_domesticorigin.go": 5, "troops_gappedlist.go": 5, "troops_amongpart.go": 5, // fx31
	"troops_asidereach.go": 5, "troops_threatsend.go": 5, "troops_forcehostname.go": 5, // fx88
	"deaths_killedvictims.go": 5, "troops_unrestif.go": 5, // fx98
	"roles_anaphorheld.go": 3, "roles_ledgroupbody.go": 3, "officials_statedescribedagency.go": 3, "deaths_onedeath.go": 5, "deaths_earliernext.go": 5, "roles_possessedparty.go": 3, "officials_itsknownparty.go": 3, "officials_partymember.go": 3, "officials_talkshost.go": 3, "officials_govtinplace.go": 3, // fx32
	"officials_itsantecedent.go": 3,                                     // its1
	"roles_statebodyphrase.go":   3, "countries_pluralpossessive.go": 2, // sm1
	"officials_homeforceowner.go": 3, "people_bracketedbody.go": 3, "people_officeofstate.go": 3, "roles_ownedunit.go": 3, "roles_partyapposed.go": 3, "roles_portfoliomods.go": 3, "roles_seatside.go": 3, "roles_servedoffice.go": 3, "troops_votetally.go": 5, "troops_featurename.go": 5, "troops_tollincluding.go": 5, "troops_tollref.go": 5, "deaths_victimcompound.go": 5, // fx34
	"people_speakercontext.go": 3, // nm1
	// of3
	"roles_compoundbody.go": 3, "roles_holderaside.go": 3,
	// fg5
	"deaths_rankedtally.go": 5, "deaths_relatedreach.go": 5, "deaths_subjectaside.go": 5, "troops_clauseopener.go": 5, "troops_forcespeaker.go": 5, "deaths_amongwere.go": 5,
	"bodies_stateorgan.go": 3, "bodies_partynoun.go": 3, "roles_bodyphraseinof.go": 3, // sm4
	"countries_sharedform.go": 2, "officials_sharedpartyname.go": 3, // fx35
	"officials_jointstates.go": 3, "officials_origincompound.go": 3, "roles_describedowner.go": 3, // sm8
	"countries_civicpair.go": 2, "officials_communityleader.go": 3, "officials_intlchunk.go": 3, "roles_intlbodyname.go": 3, "roles_memberprep.go": 3, "roles_personpart.go": 3, "deaths_apposedparts.go": 5, // fx36
	"livestamps.go": 1, "officials_capitallead.go": 3, "roles_pluralpair.go": 3, // fx39
	"troops_ellipsistime.go": 5, "troops_ageaside.go": 5, "troops_callup.go": 5, "troops_sizerefdead.go": 5, "troops_missionforce.go": 5, "troops_speechframe.go": 5, "deaths_yearrange.go": 5, // fx43
	"officials_chamberside.go": 3, "roles_ownstateoffice.go": 3, // fx43
	"troops_formationafter.go": 5, "troops_statelist.go": 5, "troops_proselist.go": 5, "troops_comparedfrom.go": 5, "troops_fromseveral.go": 5, // fx45
	"deaths_revisedfigure.go": 5, "deaths_gappedbodies.go": 5, "deaths_whoseclause.go": 5, "deaths_sinceperiod.go": 5, "deaths_yearbounds.go": 5, // fx45
	"roles_modifiedcompound.go": 3, "roles_timeend.go": 3, "roles_leadattribution.go": 3, "roles_pronounoffice.go": 3, "bodies_forcegroup.go": 3, "officials_statepossessed.go": 3, // fx45
	"speakers_bodyofstate.go": 4, "quotes_ownaccount.go": 4, // fx45
	"troops_ownclause.go": 5, "troops_otherrelative.go": 5, "victims_rankedaside.go": 5, "deaths_allaside.go": 5, "deaths_frontedpart.go": 5, "troops_furtherfrom.go": 5, "troops_homespread.go": 5, "troops_statenounsize.go": 5, "troops_amongstates.go": 5, "troops_mostapposed.go": 5, "troops_stateatfigure.go": 5, "troops_revisedtoll.go": 5, "troops_repeatedfigure.go": 5, "troops_moreaccounted.go": 5, "troops_participlefrom.go": 5, "deaths_revisedpronoun.go": 5, "deaths_fromofpart.go": 5, "troops_membersmods.go": 5, "troops_formationmembers.go": 5, "troops_adjectivelist.go": 5, "troops_forcecomposed.go": 5, // fx44
	"troops_aircraftmodel.go": 5, "troops_forcesubject.go": 5, "figures_lostcuts.go": 5, "figures_fiction.go": 5, "deaths_lostathome.go": 5, "troops_dutyaside.go": 5, "deaths_sidesparts.go": 5, "deaths_ofthepart.go": 5, "victims_placedaside.go": 5, // fx44
	"orgs_localformstate.go": 2, "orgs_unknowntown.go": 2, "officials_seatwinner.go": 3, "roles_itsownedrole.go": 3, "officials_itsbodyplace.go": 3, "roles_onenameaside.go": 3, // fx44
	"speakers_abbrevhead.go": 4, "quotes_whocomplement.go": 4, "roles_appointedby.go": 3, "speakers_courtpresident.go": 4, "quotes_namedbodyfirst.go": 4, "speakers_electionwinner.go": 4, "quotes_capcontinue.go": 4, "roles_legislaturein.go": 3, "roles_candidacy.go": 3, "roles_sharedarticle.go": 3, // fx49
	"officials_relativebody.go": 3, "officials_namedownerback.go": 3, "officials_datelinetown.go": 3, "officials_describedtown.go": 3, "officials_regionowned.go": 3, // fx50
	"officials_visitstate.go": 3, "officials_forceowner.go": 3, "roles_coordinatedtitle.go": 3, "officials_carriedscene.go": 3, "bodies_othertitle.go": 3, "countries_dividedhalf.go": 2, "officials_calledagency.go": 3, // fx50
	"deaths_familylisted.go": 5, "deaths_amongthose.go": 5, "deaths_morebodies.go": 5, "deaths_periodgapped.go": 5, "deaths_periodpart.go": 5, "deaths_spanaside.go": 5, // fx48
	"troops_menglosspersonnel.go": 5, "troops_numberedunit.go": 5, "troops_ownedgap.go": 5, "troops_placefeature.go": 5, "troops_resizedfrom.go": 5, "troops_sharedservice.go": 5, "troops_standingtarget.go": 5, // fx48
	"roles_retiredrank.go": 3, "roles_unitatbody.go": 3, "capruns_foreignjoin.go": 3, "roles_aliasclause.go": 3, "people_describedbody.go": 3, "speakers_leadnamednext.go": 4, // fx46
	"deaths_coordmodifier.go": 5, "deaths_figurewas.go": 5, // fx58
	"deaths_putaside.go": 5, "deaths_revisedcount.go": 5, "deaths_putcloser.go": 5, "deaths_allfounddead.go": 5, "troops_initialmarines.go": 5, "troops_policestrength.go": 5, "deaths_heldremains.go": 5, "troops_federalsender.go": 5, // fx60
	"troops_openingsubject.go": 5, "troops_mentofront.go": 5, "troops_themgloss.go": 5, "troops_dashedsize.go": 5, "troops_captivepassive.go": 5, // fx73
	"figures_howmanyanswer.go": 5, "deaths_revisedof.go": 5, "deaths_anniversary.go": 5, "troops_hostedamong.go": 5, "troops_letforce.go": 5, "troops_colonparts.go": 5, "troops_itholdsthere.go": 5, "deaths_gappedloss.go": 5, // fx76
	"deaths_secondshare.go": 5, "troops_sentforce.go": 5, "troops_gappedeach.go": 5, "troops_gappedbody.go": 5, "deaths_attackerkilled.go": 5, // fx77; fx83
	"deaths_colonheading.go": 5, "deaths_namedevent.go": 5, "deaths_asiderevised.go": 5, "troops_dashedaside.go": 5, "troops_nationalsstaffing.go": 5, "troops_betweenthem.go": 5, "troops_armyplaced.go": 5, // fx85
	"deaths_subjectphrase.go": 5, "deaths_figuresubject.go": 5, "roles_statechapter.go": 3, // fx89
	"troops_servicestatus.go": 5, "troops_countedpeople.go": 5, "troops_searchparty.go": 5, "troops_formationmoved.go": 5, "troops_heldclause.go": 5, // fx95
}

// TestPassesCallNoLaterPass checks the order of the passes in the source: no
// function of a pass's files calls a function, or reads a package-level
// variable, of a later pass's files. The shared files of pass 0 are left
// out as callers: Extract runs every pass, and the lexicon tokenises its
// entries as the text pass does.
func TestPassesCallNoLaterPass(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := gotoken.NewFileSet()
	defined := map[string]string{} // function or package-level variable -> file
	parsed := map[string]*ast.File{}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		if _, ok := passOfFile[f]; !ok {
			t.Errorf("%s: no pass in passOfFile", f)
			continue
		}
		af, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		parsed[f] = af
		for name := range topLevelNames(af) {
			defined[name] = f
		}
	}
	var bad []string
	for f, af := range parsed {
		if passOfFile[f] == 0 {
			continue
		}
		for _, d := range af.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			seen := map[string]bool{}
			for _, name := range usedNames(fd.Body) {
				if g, ok := defined[name]; ok && passOfFile[g] > passOfFile[f] && !seen[name] {
					seen[name] = true
					bad = append(bad, f+": "+fd.Name.Name+" uses "+name+" of "+g)
				}
			}
		}
	}
	sort.Strings(bad)
	if len(bad) > 0 {
		t.Errorf("a pass uses a later pass:\n  %s", strings.Join(bad, "\n  "))
	}
}

// topLevelNames returns the functions, methods and package-level variables
// a file declares.
func topLevelNames(af *ast.File) map[string]bool {
	out := map[string]bool{}
	for _, d := range af.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			out[d.Name.Name] = true
		case *ast.GenDecl:
			if d.Tok != gotoken.VAR {
				continue
			}
			for _, sp := range d.Specs {
				for _, n := range sp.(*ast.ValueSpec).Names {
					out[n.Name] = true
				}
			}
		}
	}
	return out
}

// usedNames returns the names a function body calls (functions and
// methods) or reads as plain identifiers (package-level variables).
func usedNames(body *ast.BlockStmt) []string {
	var out []string
	ast.Inspect(body, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.CallExpr:
			if s, ok := x.Fun.(*ast.SelectorExpr); ok {
				out = append(out, s.Sel.Name)
			}
		case *ast.Ident:
			out = append(out, x.Name)
		}
		return true
	})
	return out
}
