package extract

import "testing"

// fx49 (blind r35a-e): an office given "by" its appointer, a part of a
// body a role verb's object names, the house a legislator sits in
// written in lower case, two descriptions sharing one article, an
// office held over a candidacy, the coalition explorer's title.
func TestOfficialsFx49(t *testing.T) {
	checkOfficialRows(t, []officialRuleCase{
		// appointerAfter
		{rule: "appointed-by", text: "HAMA, Syria (Reuters) - Samir Haddad, who was appointed governor of Homs province by Damascus in March, toured the dam on Monday.",
			name: "Samir Haddad", outRule: ruleApposition},
		{rule: "appointed-by", text: "HAMA, Syria (Reuters) - Omar Khatib, named envoy by the new authorities, toured the dam on Monday.",
			name: "Omar Khatib", title: "named envoy", outRule: ruleApposition},
		{rule: "appointed-by", text: "HAMA, Syria (Reuters) - Samir Haddad, who was hired by Damascus in March, toured the dam on Monday.",
			absent: "Samir Haddad"},
		// ofBodyAfterPart: section, wing, department
		{rule: "body-part-verb", text: "SEVILLE, Spain (Reuters) - Lucía Gómez, who heads the transport section of the UGT union, said the strike would go ahead.",
			name: "Lucía Gómez", title: "head", outRule: ruleRoleVerb},
		{rule: "body-part-verb", text: "SEVILLE, Spain (Reuters) - Lucía Gómez, who heads the youth wing of the Popular Party, said the strike would go ahead.",
			name: "Lucía Gómez", title: "head", outRule: ruleRoleVerb},
		{rule: "body-part-verb", text: "SEVILLE, Spain (Reuters) - Lucía Gómez, who heads the shady section of the park, said the picnic would go ahead.",
			absent: "Lucía Gómez"},
		// legislatureAfterIn
		{rule: "legislature-in", text: "VALENCIA, Spain (Reuters) - Pedro Marín, a deputy in the outgoing regional parliament, said the talks would start.",
			name: "Pedro Marín", title: "deputy", outRule: ruleApposition},
		{rule: "legislature-in", text: "VALENCIA, Spain (Reuters) - Eva Soler, a lawmaker in the state assembly, said the talks would start.",
			name: "Eva Soler", title: "lawmaker", outRule: ruleApposition},
		{rule: "legislature-in", text: "VALENCIA, Spain (Reuters) - Pedro Marín, an official in the regional parliament, said the talks would start.",
			absent: "Pedro Marín"}, // only a legislator's noun holds a seat
		// secondDescription with a shared article (plainNounsFrom)
		{rule: "shared-article", text: "LEEDS, England (Reuters) - Ryan Holt, a former postman and Green councillor, won the seat by 400 votes.",
			name: "Ryan Holt", title: "Green councillor", outRule: ruleApposition},
		{rule: "shared-article", text: "LEEDS, England (Reuters) - Charges were laid against the driver, Dean Holt, a witness to the crash and hospital officials.",
			absent: "Dean Holt"},
		// officeOverCandidacy
		{rule: "office-over-candidacy", text: "MURCIA, Spain (Reuters) - The Socialist candidate, Marta Ruiz, a former health minister who left the cabinet to run, conceded defeat.",
			name: "Marta Ruiz", title: "former health minister"},
		{rule: "office-over-candidacy", text: "MURCIA, Spain (Reuters) - The Socialist candidate, Marta Ruiz, a retired teacher, conceded defeat.",
			name: "Marta Ruiz", title: "Socialist candidate"},
		// informateur, formateur (roles.tsv)
		{rule: "coalition-explorer", text: "THE HAGUE (Reuters) - Informateur Karel de Wit presented his report on Tuesday.",
			name: "Karel de Wit", title: "Informateur", absent: "Informateur Karel de Wit"},
		{rule: "coalition-explorer", text: "THE HAGUE (Reuters) - Reporter Karel de Wit presented his report on Tuesday.",
			absent: "Karel de Wit"},
	})
}
