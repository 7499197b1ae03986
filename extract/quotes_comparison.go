package extract

// comparedSubject reports a mention that is the subject of a clause of
// comparison: "not as grim as Mr Olsen believed", "worse than Ruiz
// thought". The verb there reports what the person thinks in passing; it
// makes nobody the article's voice.
func (a *analysis) comparedSubject(m personMention) bool {
	toks := a.d.toks
	j := m.prefix
	first := a.d.sents[toks[m.first].sent].first
	for j > first && (a.titleWordAt(j-1) || toks[j-1].lower == "the") {
		j--
	}
	if j <= first || toks[j-1].cap {
		return false // "Than Zaw Oo said" opens with a name
	}
	switch toks[j-1].lower {
	case "than":
		return true
	case "as":
		return a.hasWord(max(first, j-5), j-1, "as") // "as grim as", "as much as"
	}
	return false
}

// comparisonAfter reports a quote that a clause of comparison follows: in
// "not as "dramatic" as Mr Olsen believed" or "more "reckless" than Ruiz
// thought" the verb after the name is no cue of the quote.
func (a *analysis) comparisonAfter(q *quoteSpan) bool {
	toks := a.d.toks
	i := q.close + 1
	if i >= len(toks) || toks[i].sent != toks[q.close].sent || toks[i].cap {
		return false
	}
	switch toks[i].lower {
	case "than":
		return true
	case "as":
		return q.open > 0 && toks[q.open-1].lower == "as"
	}
	return false
}
