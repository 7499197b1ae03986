package extract

import "testing"

// gv2DeathRules hold the rows of the death shapes fixed after the second
// audit of the GVA articles whose incident killed nobody (gv2, session 38):
// a list of victims ends with its paragraph. A headline with no stop runs
// on into the next paragraph as one sentence, and its last words were read
// as the first victims of the paragraph after ("Leaves 1 Dead, 3 Injured"
// over "One person was dead" was 3), or its verb took the next paragraph's
// first name as its object ("Man killed" over "Bliss said").
var gv2DeathRules = []figureRule{
	// a count read on into the next paragraph is no victim item; the next
	// paragraph's own subject is read alone
	{ruleDeathAdj,
		[]figureCase{{text: "Crash at Pine Street Leaves 2 Dead, 5 Injured\n\nOne driver was dead at the scene, troopers said.", count: 1},
			{text: "Fire at Elm Court Leaves 3 Dead, 6 Injured\n\nOne tenant was dead when firefighters arrived.", count: 1}},
		[]string{"Fire at Elm Court Leaves 6 Injured\n\nTwo tenants were treated for smoke after the night in the shelter."}},
	// one person read on into the next paragraph is cut back to its own:
	// "her son" over "Tom Bell, her neighbour" is still one of the two
	{ruleDeathOf,
		[]figureCase{{text: "Jury weighs death of nurse Ana Ruiz and her son\n\nTom Bell, her neighbour, testified on Tuesday.", count: 2},
			{text: "Judge sets trial date in fatal shooting of Marcus Hill, 16\n\nA teen was arrested on Friday in Dayton, police said.", count: 1}},
		[]string{"Vigil for wounded teen Marcus Hill, 16\n\nA crowd gathered on Elm Court on Friday."}},
	// a killing verb at a paragraph's end has no object in the next
	{ruleDeathObject,
		[]figureCase{{text: "Police said the gunman killed his neighbour and her son before he fled.", count: 2}},
		[]string{"Ten years on, the town still asks who killed\n\nMaya Lin was the mayor then, and she still lives on Elm Court.",
			"Police say gunman killed\n\nTom Bell and his wife were at home when shots were fired, but neither was hurt."}},
	// a list within one paragraph is read as before
	{ruleDeathList,
		[]figureCase{{text: "Ana Ruiz, 19, and Tom Bell, 22, were found dead in the car on Monday.", count: 2}},
		[]string{"Ana Ruiz, 19, and Tom Bell, 22, were found unhurt in the car on Monday."}},
}

func TestGV2DeathRules(t *testing.T) {
	checkFigureRows(t, newTestExtractor(t), gv2DeathRules, "deaths")
}
