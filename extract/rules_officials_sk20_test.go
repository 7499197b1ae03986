package extract

import "testing"

// sk20OfficialRows hold the official shapes fixed after the blind rounds
// r30a/r30b/r30c (sk20, session 30).
var sk20OfficialRows = []officialRuleCase{
	// "Sayyid", "Seyed": a courtesy style before a name, not its first
	// word; before "bin" it is the given name
	{rule: "sayyid-honorific",
		text: "MUSCAT, Jan 4 (Reuters) - Talks resumed. Omani Foreign Minister Sayyid Khalid bin Saif al-Busaidi hosted both delegations.",
		name: "Khalid bin Saif al-Busaidi", title: "Foreign Minister", absent: "Sayyid Khalid bin Saif al-Busaidi"},
	{rule: "sayyid-honorific",
		text: "TEHRAN, Jan 4 (Reuters) - Talks resumed. Seyed Mahmoud Karimi-Tabar, Iran's deputy foreign minister, said they were useful.",
		name: "Mahmoud Karimi-Tabar", absent: "Seyed Mahmoud Karimi-Tabar"},
	{rule: "sayyid-honorific",
		text: "MUSCAT, Jan 4 (Reuters) - Talks resumed. Sayyid bin Nasser al-Hinai, the transport minister, opened the port.",
		name: "Sayyid bin Nasser al-Hinai", title: "transport minister"},
	// a legislator "from" a grouping no gazetteer holds: its noun after
	// the name ("the Sadrist movement") or an apposition calling it one
	{rule: "grouping-from",
		text: "BAGHDAD, Jan 4 (Reuters) - The bill stalled. Karim Saadi, a lawmaker from the Progress Bloc, the main Sunni alliance, said the vote was delayed.",
		name: "Karim Saadi", title: "lawmaker", absent: "Progress Bloc"},
	{rule: "grouping-from",
		text: "BAGHDAD, Jan 4 (Reuters) - The bill stalled. Laith Obeidi, a lawmaker from the Sadrist movement, said the vote was delayed.",
		name: "Laith Obeidi", title: "lawmaker"},
	{rule: "grouping-from",
		text:   "BAGHDAD, Jan 4 (Reuters) - The bill stalled. Laith Obeidi, a surgeon from the Sadrist movement, said the vote was delayed.",
		absent: "Laith Obeidi"},
	// "in the group", "of the faction": the armed group or party the story
	// named last gives a weak role ("figure", "official") its body
	{rule: "group-back-role",
		text: "BEIRUT, Jan 4 (Reuters) - Hezbollah denied any part in the blast. A senior figure in the group, Wafiq Kassem, said it had no link to the attack.",
		name: "Wafiq Kassem", title: "senior figure", org: "Hezbollah"},
	{rule: "group-back-role",
		text: "BEIRUT, Jan 4 (Reuters) - Hezbollah denied any part in the blast. Wafiq Kassem, a leading official of the group, said it had no link to the attack.",
		name: "Wafiq Kassem", org: "Hezbollah"},
	{rule: "group-back-role",
		text:   "GENEVA, Jan 4 (Reuters) - UNICEF sent aid. A senior figure in the group, Wafiq Kassem, said more was needed.",
		absent: "Wafiq Kassem"},
	// a portfolio joined by "and" may close on two capitalised words
	// before a known given name: the name starts at the given name
	{rule: "portfolio-before-given",
		text: "PRETORIA, Jan 4 (Reuters) - Nine miners died. Minister of Mineral and Petroleum Resources Naledi Mokoena visited the mine.",
		name: "Naledi Mokoena", title: "Minister of Mineral and Petroleum Resources", absent: "Resources Naledi Mokoena"},
	{rule: "portfolio-before-given",
		text: "PRETORIA, Jan 4 (Reuters) - Fees rose. Minister of Higher Education and Training Naledi Khumalo met students.",
		name: "Naledi Khumalo", absent: "Training Naledi Khumalo"},
	{rule: "portfolio-before-given",
		text:   "PRETORIA, Jan 4 (Reuters) - Fees rose. Students from Higher Education and Training Naledi Khumalo met were angry.",
		absent: "Training Naledi Khumalo"},
	// offices of counts, unions and parliaments written before the name
	{rule: "count-union-parliament-roles",
		text: "LUSAKA, Jan 4 (Reuters) - Counting ended. ECZ returning officer Chanda Mwiinga declared the result on Friday.",
		name: "Chanda Mwiinga", title: "ECZ returning officer"},
	{rule: "count-union-parliament-roles",
		text: "RUSTENBURG, Jan 4 (Reuters) - Miners walked out. NUM regional organiser Thabo Sithole said talks had failed.",
		name: "Thabo Sithole", title: "NUM regional organiser"},
	{rule: "count-union-parliament-roles",
		text: "PEMBA, Jan 4 (Reuters) - Roads closed. Local member of parliament Amina Chande Issa, of the ruling Frelimo party, asked for escorts.",
		name: "Amina Chande Issa", title: "Local member of parliament"},
	{rule: "count-union-parliament-roles",
		text:   "LONDON, Jan 4 (Reuters) - Crowds gathered. A protest organiser, Jane Whitlow, said more would come.",
		absent: "Jane Whitlow"},
	{rule: "count-union-parliament-roles",
		text:   "PILTON, England (PA) - Tickets sold out. Festival organiser Maisie Carvell said the site would open on Wednesday.",
		absent: "Maisie Carvell"},
	// "then-President" is a former role: the qualifier GUIDELINES keep
	{rule: "then-as-former",
		text: "MEXICO CITY, Jan 4 (Reuters) - Troops first went in 2006, when then-President Rafael Ortega Luna sent them to Michoacán.",
		name: "Rafael Ortega Luna", title: "former President"},
	{rule: "then-as-former",
		text: "MEXICO CITY, Jan 4 (Reuters) - President Rafael Ortega Luna then sent troops to Michoacán.",
		name: "Rafael Ortega Luna", title: "President"},
}

func TestSk20OfficialRules(t *testing.T) {
	checkOfficialRows(t, sk20OfficialRows)
}
