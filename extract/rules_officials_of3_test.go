package extract

import "testing"

// of3OfficialRules hold the rows of the official shapes fixed by of3
// (held-out rounds 36 and 37).
var of3OfficialRules = []officialRuleCase{
	// a ward's or a village's unit word in the title before "of" makes the
	// of-phrase a place, so the office is the story's state's; a bare
	// "chairman of" an unknown name and a known body after a unit word
	// stay bodies
	{rule: "title-place-unit", text: "Floods hit Java in Indonesia. Agus Wibowo, a village head of Cibening, told reporters the river rose overnight.",
		name: "Agus Wibowo", country: "ID", org: "-"},
	{rule: "title-place-unit", text: "Storms hit Bangladesh. Rahim Uddin, the ward councillor of Kalapara, told reporters the river rose overnight.",
		name: "Rahim Uddin", country: "BD", org: "-"},
	{rule: "title-place-unit", text: "Floods hit Java in Indonesia. Agus Wibowo, the chairman of Cibening, told reporters the river rose overnight.",
		name: "Agus Wibowo", title: "chairman", country: "-", org: "Cibening"},
	{rule: "title-place-unit", text: "Floods hit Java in Indonesia. Agus Wibowo, a ward organiser of Greenpeace, told reporters the river rose overnight.",
		name: "Agus Wibowo", country: "-", org: "Greenpeace"},
	// a hyphenated compound that says where a body sits or who leads or
	// backs it, before a body of the gazetteer, is no word of the body's
	// name: the office is the body's (and a rank before the name takes
	// it); before a body the gazetteer lacks it reads on as before
	{rule: "body-compound", text: "Ships were attacked in the Red Sea. General Khalid Ameen, a spokesman for the Iran-backed Houthis, said two ships were hit.",
		name: "Khalid Ameen", country: "-", org: "Houthis"},
	{rule: "body-compound", text: "Clashes spread in Syria. Colonel Rojhat Amed, a commander of the US-backed Syrian Democratic Forces, said five fighters died.",
		name: "Rojhat Amed", country: "-", org: "SDF"},
	{rule: "body-compound", text: "Clashes spread in Syria. Colonel Rojhat Amed, a commander of the US-backed Syrian forces, said five fighters died.",
		name: "Rojhat Amed", country: "SY", org: "-"},
	{rule: "body-compound", text: "Clashes spread in Syria. Colonel Lars Berg, commander of the Norwegian-led battlegroup, said five fighters died.",
		name: "Lars Berg", country: "NO", org: "-"},
	// the singular "People's Defence Force" is the resistance's armed
	// wing in Myanmar, no state's; Uganda's force keeps its state
	{rule: "peoples-defence-force", text: "Fighting spread in Myanmar. Nyi Nyi Htun, a commander of the People's Defence Force in Sagaing, said the junta retreated.",
		name: "Nyi Nyi Htun", title: "commander", country: "-", org: "People's Defence Forces"},
	{rule: "peoples-defence-force", text: "Rebels attacked in Congo. Uganda People's Defence Force spokesman Felix Kulayigye said the troops would stay.",
		name: "Felix Kulayigye", country: "UG"},
	// a participle phrase about the holder after an apposition's title, up
	// to a comma, leaves the title as it is, and a body that is no state's
	// agency after its "by" owns the office; a plain occupation stays none
	{rule: "holder-aside", text: "Burundi held elections. Pierre Ndayi, a former prime minister now living in Brussels, criticised the vote.",
		name: "Pierre Ndayi", title: "former prime minister", country: "BI"},
	{rule: "holder-aside", text: "Sudan named new governors. Ahmed Musa, the governor installed in Nyala by the army, said the roads were open.",
		name: "Ahmed Musa", title: "governor", country: "SD", org: "-"},
	{rule: "holder-aside", text: "Sudan named new governors. Ahmed Musa, the governor installed in Nyala by the Rapid Support Forces, said the roads were open.",
		name: "Ahmed Musa", title: "governor", country: "-", org: "RSF"},
	{rule: "holder-aside", text: "Burundi held elections. Pierre Ndayi, a former teacher now living in Brussels, criticised the vote.",
		absent: "Pierre Ndayi"},
	// without its closing comma the aside is no aside, but fx72's abode
	// rule still ends the title before "living in"
	{rule: "holder-aside", text: "Burundi held elections. Pierre Ndayi, a former prime minister living in Brussels said the vote was rigged.",
		name: "Pierre Ndayi", title: "former prime minister", country: "BI"},
}

func TestOf3OfficialRules(t *testing.T) {
	checkOfficialRows(t, of3OfficialRules)
}
