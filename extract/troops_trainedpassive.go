package extract

// trainedPassive after personnel tell them trained, a thing done to them:
// "75,000 Ukrainian soldiers have been trained on EU soil". GUIDELINES
// count personnel deployed, pledged, withdrawn or stationed, and no one
// trained.
var trainedPassive = wordList("trained-passive")

// wasTrained reports a training verb made the personnel's passive
// ("have been trained", "who were trained") in the clause right after
// personnel ending at lim, with no verb of deploying later in the
// sentence: "300 soldiers who were trained in France were deployed to
// Mali" still tells a deployment.
func (a *analysis) wasTrained(lim int) bool {
	k := a.auxVerbAfter(lim, trainedPassive, passiveAux)
	return k >= 0 && !a.deployedAfter(k+1, a.d.toks[k].sent)
}

// passiveAux make a training verb the personnel's passive; "who trained"
// is active: "12 instructors who trained Latvian conscripts" were sent to
// train and count.
var passiveAux = closedSet("was", "were", "been", "being")

// deployedAfter reports a verb of deploying from k to the end of sentence
// sent.
func (a *analysis) deployedAfter(k int, sent int32) bool {
	toks := a.d.toks
	for ; k < len(toks) && toks[k].sent == sent; k++ {
		if deployVerbs.hasToken(&toks[k]) {
			return true
		}
	}
	return false
}
