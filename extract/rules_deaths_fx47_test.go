package extract

// fx47DeathRules hold the rows of the death shapes fixed by fx47 (the
// blind r34d round), kept apart from the main tables so that parallel
// work merges cleanly.
var fx47DeathRules = []figureRule{
	// an attribution whose speaker is a body's long name, perhaps with an
	// aside, ends a list of the dead (longAttribution)
	{ruleDeathList,
		[]figureCase{{text: "The dead were 14 miners and three rescuers, the National Agency for Mining Safety, known as ANSM, said.", count: 17},
			{text: "Killed were two nurses and a driver, the Ministry of Public Health and Social Welfare said in a statement.", count: 3}},
		[]string{"The injured were 14 miners and three rescuers, the National Agency for Mining Safety, known as ANSM, said."}},
	// a group's name after "former" before the noun of people
	// (formerMods)
	{ruleDeathWho,
		[]figureCase{{text: "Some 60 former ELN commanders who joined the programme have been killed since 2019.", count: 60}},
		[]string{"Some 60 former ELN commanders who joined the programme have been released since 2019."}},
	// deaths named with a place's name before "fell to" (deathsRoseTo),
	// and a figure "from N in fiscal YEAR" (fiscalYearAt)
	{ruleDeathToll,
		[]figureCase{{text: "Drowning deaths in the Rio Grande Valley fell to 61 last year, the agency said.", count: 61},
			{text: "Heat deaths in the county rose to 48 in fiscal 2024 from 30 in fiscal 2022.", count: 30}},
		[]string{"Arrests in the Rio Grande Valley fell to 61 last year, the agency said.",
			"Heat alerts in the county rose to 48 in fiscal 2024 from 30 in fiscal 2022."}},
	// "N more bodies" after any verb counts the dead (passiveNounAfter)
	{ruleDeathAdj,
		[]figureCase{{text: "Police raised the toll to 19 after excavating four more bodies from the mud.", count: 4}},
		[]string{"The regulator merged four more bodies into the new authority."}},
	// a state's dead put "at" a figure, with a phrase of when between
	// (stateDeadPutAt), and a second group joined to it by "and"
	// (joinedTollPart)
	{ruleDeathToll,
		[]figureCase{{text: "Historians put Iraqi deaths in the 1991 war at 20,000 soldiers and 3,500 civilians.", count: 20000}},
		[]string{"Analysts put Iraqi exports in the 1991 war at 20,000 barrels."}},
	{ruleDeathSubset,
		[]figureCase{{text: "Historians put Iraqi deaths in the 1991 war at 20,000 soldiers and 3,500 civilians.", count: 3500}},
		nil},
}
