package extract

// A toll's new figure read past what stood between it and the words
// before: a hedge after "to" ("raised the toll to at least 23, from the
// 17") and a comma after the verb of change ("has more than doubled, to
// 340").

// hedgedNewFigure reports the number at j as the toll's new figure with a
// hedge after "to" or "at": "raised the toll to at least 23, from the
// 17", where the bare "to 23" reads so already.
func hedgedNewFigure(toks []token, j int) bool {
	for b := j - 2; b >= 0 && b >= j-4; b-- {
		if w := toks[b].lower; (w == "to" || w == "at") && hedgeAfter(toks, b+1) == j {
			return true
		}
	}
	return false
}

// changeComma reports the comma at j right before "to" at k after a verb
// of change: "the number of people confirmed dead has more than doubled,
// to 340" gives the new figure after the comma.
func changeComma(toks []token, j, k int) bool {
	return j == k-1 && j > 0 && toks[j].text == "," && countChanges.hasToken(&toks[j-1])
}
