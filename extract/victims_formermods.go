package extract

// formerMods before a group's name and its plural noun say what the
// people once were, and the phrase still counts people: "more than 470
// former FARC fighters who signed the accord have been murdered",
// "12 onetime Taliban commanders" (victimTail).
var formerMods = closedSet("former", "erstwhile", "onetime", "one-time")
