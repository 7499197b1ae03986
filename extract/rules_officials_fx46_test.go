package extract

import "testing"

// fx46 (blind r34d): a state's military command and "Affairs" end no
// person's name; a long portfolio closed by "Affairs"; a retired rank's
// state from a former office; a program at a body; an alias clause after
// a title (rows in officialRules); Spanish names of bodies joined by particles; a body whose name
// ends with a place, before "whose"; an acronym "known as"; a name
// described as a group, or after a role's "of" before its holder, is no
// person.
func TestOfficialsFx46(t *testing.T) {
	checkOfficialRows(t, []officialRuleCase{
		// body_words.tsv command, organizations.tsv US commands, retiredRank
		{rule: "retired-rank", text: "Retired General Omar Velez, a former commander of U.S. Northern Command, now heads a consultancy. Velez, a senior fellow at the Atlantic Council, said the border plan would fail.",
			name: "Omar Velez", country: "US", org: "-", absent: "Northern Command"},
		{rule: "retired-rank", text: "General Omar Velez, a senior fellow at the Atlantic Council, said the border plan would fail.",
			name: "Omar Velez", country: "-", org: "Atlantic Council"},
		// words_people.tsv affairs not-name
		{rule: "affairs-not-name", text: "Marta Quiroga, a former Assistant Secretary of State for Western Hemisphere Affairs, said the region had changed.",
			name: "Marta Quiroga", title: "former Assistant Secretary of State for Western Hemisphere Affairs", country: "US", outRule: ruleApposition, absent: "Hemisphere Affairs"},
		{rule: "affairs-not-name", text: "Marta Quiroga, who was Assistant Secretary of State for Western Hemisphere Affairs, said the region had changed.",
			name: "Marta Quiroga", title: "Assistant Secretary of State for Western Hemisphere Affairs", absent: "Hemisphere Affairs"},
		// pendingRoom
		{rule: "affairs-portfolio-room", text: "Assistant Secretary of Defense for Homeland Defense and Americas Security Affairs Dana Whitlow said the border mission would shrink.",
			name: "Dana Whitlow", title: "Assistant Secretary of Defense for Homeland Defense and Americas Security Affairs", outRule: ruleTitleBefore},
		{rule: "affairs-portfolio-room", text: "Delegates from the Alliance for Homeland Defense and Americas Security Affairs Dana Whitlow and Tom Reyes met in Miami.",
			absent: "Dana Whitlow"},
		// unitAtBody
		{rule: "unit-at-body", text: "Tomas Reyes, director of the China program at the Stimson Center, said the talks had stalled.",
			name: "Tomas Reyes", title: "director", country: "-", org: "Stimson Center"},
		{rule: "unit-at-body", text: "Tomas Reyes, director of the Latin America program at the Wilson Center, said the talks had stalled.",
			name: "Tomas Reyes", title: "director", country: "-", org: "Wilson Center"},
		{rule: "unit-at-body", text: "Tomas Reyes, director of the Africa program at the university, said the talks had stalled.",
			name: "Tomas Reyes", title: "director", org: "-"},
		// particleJoinBefore, particleRunEnd, apposedNameEnd; body_words.tsv frente
		{rule: "particle-joined-body", text: "The movement, the Partido de los Trabajadores Unidos, said it would stand. Its secretary general, Rafael Ortega Ruiz, said the talks would resume.",
			name: "Rafael Ortega Ruiz", country: "-", org: "Partido de los Trabajadores Unidos"},
		{rule: "particle-joined-body", text: "The rebels, the Comando de Bloques y Frente del Sur (CBFS), say they have 900 fighters. Its chief negotiator, Rafael Ortega Ruiz, said the talks would resume.",
			name: "Rafael Ortega Ruiz", country: "-", org: "Comando de Bloques y Frente del Sur", absent: "de Bloques y Frente del Sur"},
		{rule: "particle-joined-body", text: "The inquiry heard from Juan de la Cruz, who runs a farm. Its chairman, Rafael Ortega Ruiz, said the talks would resume.",
			name: "Rafael Ortega Ruiz", org: "-"},
		// bodyNameWithPlace
		{rule: "whose-body-with-place", text: "The UN Support Mission in Libya, whose head, Karin Olsen, met the prime minister, said the vote would go ahead.",
			name: "Karin Olsen", title: "head", country: "-", org: "UN Support Mission in Libya"},
		{rule: "whose-body-with-place", text: "The Ministry of Interior in Kenya, whose spokesman, Paul Otieno, met reporters, said the vote would go ahead.",
			name: "Paul Otieno", country: "KE", org: "-"},
		// bracketedName: "known as"
		{rule: "known-as-acronym", text: "The dead were 12 prisoners, the National Penitentiary Institute, known as INPE, said in Lima on Monday in Peru. INPE chief Rosa Quispe said more had escaped.",
			name: "Rosa Quispe", country: "PE", org: "-"},
		{rule: "known-as-acronym", text: "The Peruvian Miners Federation, known as FNM, said in Lima on Monday in Peru. FNM chief Rosa Quispe said more had escaped.",
			name: "Rosa Quispe", country: "-", org: "Peruvian Miners Federation"},
		// describedAsBody
		{rule: "described-as-body", text: "Peru's congress met on Monday. Provea, a rights group based in Caracas, counts 300 prisoners. Marino Alvarado, a coordinator of Provea, said 40 had been freed.",
			name: "Marino Alvarado", country: "-", org: "Provea", absent: "Provea"},
		{rule: "described-as-body", text: "Rebels attacked a depot in Niger. Issa Maiga Koné, a spokesman for the coalition, said its fighters had held the town.",
			name: "Issa Maiga Koné", title: "spokesman"},
		// ownerBeforeHolder
		{rule: "owner-before-holder", text: "The president of Fuerza Popular, Luis Galarreta, said the party would vote against the bill in Peru.",
			name: "Luis Galarreta", title: "president", country: "-", org: "Fuerza Popular", absent: "Fuerza Popular"},
		{rule: "owner-before-holder", text: "LIMA, Peru (AP) — Eight soldiers died, the Joint Command of the Armed Forces said. The head of the Joint Command, David Ojeda, said the patrol was ambushed.",
			name: "David Ojeda", title: "head", country: "PE", org: "-", absent: "Joint Command"},
		// words_people.tsv command bare-agency-head: an owner the gazetteer
		// lacks that a command heads is the context's state's body
		{rule: "command-agency-head", text: "LIMA, Peru (AP) — Eight soldiers died in the valley. The Joint Command's spokesman, Colonel Ana Ruiz, said the patrol was ambushed.",
			name: "Ana Ruiz", country: "PE", org: "-"},
		{rule: "command-agency-head", text: "LIMA, Peru (AP) — Eight miners died in the valley. The Andes Copper Company's spokesman, Ana Ruiz, said the shaft had collapsed.",
			name: "Ana Ruiz", country: "-", org: "Andes Copper Company"},
		{rule: "owner-before-holder", text: "The spokesman of President Luis Arce, Jorge Richter, said the vote would be held in Bolivia.",
			name: "Luis Arce", title: "President", country: "BO"},
	})
}
