package extract

// forcePastVerbs are past forms not in -ed that a force does right after
// its size, which end "a force of N" as a punctuation mark would: "a
// Zambian unit of just under 900 took over the sector".
var forcePastVerbs = wordList("force-past")

// forceMoveVerbs are present forms of moving that a force does right
// after its size: "a new rotation of 36 departs on 15 December".
var forceMoveVerbs = wordList("force-move")
