package extract

// bareDeployVerbs deploy personnel in their base form only after a modal
// or "to", being nouns elsewhere (words_troops.tsv bare-deploy-verb):
// "Belgium's federal police will field 2,500 officers", not "2,500
// officers in the field".
var bareDeployVerbs = wordList("bare-deploy-verb")

// bareDeployVerbAt reports such a verb at k after a modal or "to".
func (a *analysis) bareDeployVerbAt(k int) bool {
	toks := a.d.toks
	return k > 0 && bareDeployVerbs.hasToken(&toks[k]) && (modalVerbs.hasToken(&toks[k-1]) || toks[k-1].lower == "to")
}
