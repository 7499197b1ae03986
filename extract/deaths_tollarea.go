package extract

// tollAreaWords name the whole area a toll covers, standing where "the
// overall" would: "lowered the statewide toll to 11 from 13", "the
// nationwide toll rose to 40" (words_deaths.tsv toll-area).
var tollAreaWords = wordList("toll-area")
