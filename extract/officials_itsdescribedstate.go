package extract

import "strings"

// stateBodyPhrases are two-word descriptions of a state's own body
// (words_people.tsv state-body-phrase): "central bank".
var stateBodyPhrases = wordList("state-body-phrase")

// describedStateOfBody is the state of a body "Its" stands for when the
// text names the body in an apposition to a state's description of it:
// "the Dutch central bank, De Nederlandsche Bank. Its president, NAME,"
// holds the Netherlands' office at that bank. It returns "" when the body
// is not so described in prev, the sentence before "Its".
func (a *analysis) describedStateOfBody(prev sentence, body string) string {
	toks := a.d.toks
	for k := prev.first + 3; k < prev.lim; k++ {
		if toks[k-1].text != "," || !toks[k].cap || !strings.HasPrefix(a.d.text[toks[k].start:], body) {
			continue
		}
		// "STATE-ADJ w1 w2 ," before the body's name
		h := k - 2
		if h < 2 || !stateBodyPhrases.has(toks[h-1].lower+" "+toks[h].lower) || toks[h-1].cap {
			continue
		}
		if m, ok := a.stateMentionAt(h - 2); ok && m.lim == h-1 && !m.ambiguous && m.code != "" {
			return m.code
		}
	}
	return ""
}
