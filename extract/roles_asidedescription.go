package extract

import "strings"

// A definite description that opens its sentence and a comma and an aside
// follow still refers back: "Gordon Brown has said ... The chancellor,
// speaking during a tour of Africa, said" is Gordon Brown (au6). An aside
// that opens with a participle or "who" says something of the holder; a
// name, title or article after the comma names them instead ("The
// chancellor, Gordon Brown,").

// asideAfterDescription reports a comma at end, after a description's role
// noun, that opens an aside: a lower-case "-ing" word or "who".
func (a *analysis) asideAfterDescription(end int) bool {
	toks := a.d.toks
	if end+1 >= len(toks) || toks[end].text != "," {
		return false
	}
	n := &toks[end+1]
	return n.kind == tWord && !n.cap && (n.lower == "who" || len(n.lower) > 5 && strings.HasSuffix(n.lower, "ing"))
}
