package extract

// ellipsisTimes are time adverbs that may close a bare number's phrase
// after its verb, as a preposition does (words_troops.tsv ellipsis-time):
// "Cambodia said it had deployed about 3,000 more overnight", "and will
// fly 40 more tomorrow". A noun after the number still makes it a count
// of other things ("sent 40 more aircraft overnight").
var ellipsisTimes = wordList("ellipsis-time")

// ellipsisTimeAt reports a time adverb at e in the sentence of the token
// at first.
func (a *analysis) ellipsisTimeAt(e, first int) bool {
	toks := a.d.toks
	return e < len(toks) && toks[e].sent == toks[first].sent && ellipsisTimes.hasToken(&toks[e])
}
