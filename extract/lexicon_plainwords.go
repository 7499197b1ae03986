package extract

// plainWords is lexicon.words for the most common gazetteer entry, ASCII
// letters and digits in words that single spaces part ("United Kingdom",
// "prime minister"): its words are the parts between the spaces, which
// the tokeniser would give too, found without making a token of each
// (the tokeniser's shapes, facts and lower-case copies were a sixth of
// reading the gazetteers). For lower, an entry with a capital is left to
// the tokeniser, which lowers it. ok is false, and nothing is found, for
// any other entry; TestPlainWordsTokenised checks the words against the
// tokeniser's for every entry of the gazetteers.
func (lx *lexicon) plainWords(s string, lower bool) (words []string, ok bool) {
	words = lx.scratchWords[:0]
	from := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ' ':
			if i == from {
				return nil, false // a leading or a doubled space
			}
			words = append(words, s[from:i])
			from = i + 1
		case 'A' <= c && c <= 'Z':
			if lower {
				return nil, false
			}
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
		default:
			return nil, false
		}
	}
	if from == len(s) {
		return nil, false // empty, or a trailing space
	}
	lx.scratchWords = append(words, s[from:])
	return lx.scratchWords, true
}

// valsOf returns the values of the phrase of exactly the given words, or
// nil: what match finds for the tokens of those words when it matches
// them all.
func (t *phraseTrie) valsOf(words []string) []int {
	if len(words) == 0 {
		return nil
	}
	n := t.first.get(words[0], shapeBit(words[0]))
	for _, w := range words[1:] {
		if n == 0 {
			return nil
		}
		n = t.below(n, w)
	}
	if n == 0 {
		return nil
	}
	nd := &t.nodes[n]
	return t.vals[nd.valOff : nd.valOff+nd.valN]
}
