package extract

// Live blogs open each entry with the time it was posted ("09:10 GMT —",
// "14:05 —", "Updated 10:32 ET —"): the stamp is no part of the entry's first
// sentence, whose subject and figures come after the dash.

// liveStampDash returns the dash closing a time stamp that opens the
// paragraph starting at first, or -1: an optional capitalised word
// ("Updated"), hours and minutes ("09:10", "9.10"), perhaps "a.m."/"p.m."
// and a time zone in capitals ("GMT", "ET"), then a dash.
func liveStampDash(toks []token, first, lim int) int {
	k := first
	if k < lim && toks[k].kind == tWord && toks[k].cap && !zoneWord(toks[k].text) {
		k++ // "Updated", "Update"
	}
	if k+2 >= lim || toks[k].kind != tNum || len(toks[k].text) > 2 ||
		toks[k+1].text != ":" && toks[k+1].text != "." || toks[k+1].spaceBefore ||
		toks[k+2].kind != tNum || len(toks[k+2].text) != 2 || toks[k+2].spaceBefore {
		return -1
	}
	k += 3
	for n := 0; n < 2 && k < lim && toks[k].kind == tWord && (zoneWord(toks[k].text) || toks[k].lower == "a.m." || toks[k].lower == "p.m."); n++ {
		k++ // "GMT", "ET", "p.m. ET"
	}
	if k+1 < lim && isStampDash(toks[k].text) {
		return k
	}
	return -1
}

// isStampDash reports a dash that closes a stamp: em, en or hyphen.
func isStampDash(s string) bool {
	return s == "\u2014" || s == "\u2013" || s == "-" || s == "--"
}

// zoneWord reports a time zone's abbreviation: two to four capitals ("ET",
// "GMT", "CEST").
func zoneWord(s string) bool {
	if len(s) < 2 || len(s) > 4 {
		return false
	}
	for _, c := range s {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}
