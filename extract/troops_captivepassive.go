package extract

// captivePassives after a passive auxiliary tell personnel handed back
// as prisoners, no deployment: "190 servicemen had been returned from
// territory controlled by Kyiv", "were released", "were handed over".
var captivePassives = wordList("captive-passive")

// captivePassiveAt reports such a participle at k after "been", "were",
// "was" or "being"; personnel "returned home" or "to their base" are
// withdrawn, which counts.
func captivePassiveAt(toks []token, k int) bool {
	if k < 1 || !captivePassives.hasToken(&toks[k]) {
		return false
	}
	switch toks[k-1].lower {
	case "been", "were", "was", "being":
	default:
		return false
	}
	if k+1 < len(toks) && toks[k+1].lower == "home" {
		return false
	}
	if k+3 < len(toks) && toks[k+1].lower == "to" && (toks[k+2].lower == "their" || toks[k+2].lower == "the") && returnedToWords.hasToken(&toks[k+3]) {
		return false // "were returned to their barracks"
	}
	return true
}

// returnedToWords are where withdrawn personnel return: "their base".
var returnedToWords = wordList("returned-to")
