package extract

// casualtyMods are adjectives that make personnel a case only before a
// noun of a process: "placed on administrative leave", not "moved 1,500
// soldiers to the administrative line".
var casualtyMods = wordList("casualty-mod")

// casualtyModHeads are the nouns of a process after a casualty-mod.
var casualtyModHeads = wordList("casualty-mod-head")

// casualtyModAt reports a casualty-mod at k that heads a process noun:
// it is a casualty word there, as "suspended" is anywhere.
func casualtyModAt(toks []token, k int) bool {
	return casualtyMods.hasToken(&toks[k]) && k+1 < len(toks) && casualtyModHeads.hasToken(&toks[k+1])
}
