package extract

// pastSaidAside returns, for a comma at k that closes an aside of speech
// right before a verb ("Warsaw, he added, had offered"), the token before
// the aside's opening comma, where the verb's subject ends; else k. An
// aside with no verb of speech ("Warsaw, for its part,") is left as it is.
func (a *analysis) pastSaidAside(k, start int) int {
	toks := a.d.toks
	if k <= start || toks[k].text != "," {
		return k
	}
	h := a.pastParenthetical(k+1, start)
	if h >= k || h-1 < start || h+5 < k {
		return k // an aside of at most four words: "he added", "the minister said"
	}
	for j := h + 1; j < k; j++ {
		if a.speechVerbAt(j) == j {
			return h - 1
		}
	}
	return k
}
