package extract

import "testing"

// fx51 (blind r35f-g): the ombudsman's "Public Defender", "Lt. Gov." kept
// over a role verb, a town styled as a prince, a compass word before a
// place, a band's chief.
func TestOfficialsFx51(t *testing.T) {
	checkOfficialRows(t, []officialRuleCase{
		// roles.tsv: public defender, human rights defender (office)
		{rule: "public-defender", text: "TBILISI, Georgia (Reuters) - Public Defender Nino Kiknadze said 30 detainees had been beaten.",
			name: "Nino Kiknadze", title: "Public Defender", outRule: ruleTitleBefore},
		{rule: "public-defender", text: "TBILISI, Georgia (Reuters) - Defender Nino Kiknadze scored twice as Dinamo won the cup.",
			absent: "Nino Kiknadze"},
		// civilOfficeAbbreviation: "Lt." opening "Gov." is no military rank
		{rule: "civil-abbrev", text: "AUSTIN, Texas (AP) - Lt. Gov. Dale Price, who presides over the Senate, said the bill would pass.",
			name: "Dale Price", title: "Lt Gov", outRule: ruleTitleBefore},
		{rule: "civil-abbrev", text: "AUSTIN, Texas (AP) - Lt. Col. Dale Price, who commands the battalion, said the bridge would hold.",
			name: "Dale Price", title: "commander", outRule: ruleRoleVerb},
		// townTitledName: a style and one word where a place stands
		{rule: "town-styled", text: "REGINA, Saskatchewan (CP) - Premier Ann Kerr spoke at a briefing in Prince Rupert. Hotels in Regina, Saskatoon and Prince Albert took evacuees.",
			name: "Ann Kerr", absent: "Albert"},
		{rule: "town-styled", text: "LONDON (Reuters) - Prince William met flood victims in York on Monday.",
			name: "William", title: "Prince"},
		// compassPlaceRun: a compass word before a place is the place
		{rule: "compass-place", text: "OAKLAND, Calif. (AP) - Deputies will patrol East Oakland, a stopgap critics called costly. Dana Ruiz, president of the Harbor Nurses' Association, said the union backed it.",
			name: "Dana Ruiz", title: "president", absent: "East Oakland"},
		{rule: "compass-place", text: "OAKLAND, Calif. (AP) - Deputies will patrol East Oakland, a stopgap critics called costly.",
			absent: "Oakland"},
		// body_words.tsv: band, last word of a body's name
		{rule: "band-body", text: "LA RONGE, Saskatchewan (CP) - Black Lake Dene Band Chief Mary Stone said the elders had left.",
			name: "Mary Stone", title: "Chief", org: "Black Lake Dene Band", outRule: ruleTitleBefore},
		{rule: "band-body", text: "LA RONGE, Saskatchewan (CP) - Mary Stone, who sings in a band, said the elders had left.",
			absent: "Mary Stone"},
	})
}
