package extract

// forcePastVerbs are past forms not in -ed that a force does right after
// its size, which end "a force of N" as a punctuation mark would: "a
// Zambian unit of just under 900 took over the sector".
var forcePastVerbs = wordList("force-past")
