package extract

import "strings"

// ownStateOffice reports a chosen role r that is a state's national office
// with its state written in the title ("Malaysian Prime Minister",
// "Angola's President", "Senegalese Foreign Minister"), held now, beside
// another role o of an international body: "Malaysian Prime Minister
// NAME, who chairs the Association of Southeast Asian Nations,", "...,
// whose country chairs ASEAN,", "..., the current ASEAN chair,". The
// body is the other role's; the head of government remains his state's
// official when his state chairs a body, so chooseRole gives r no body
// of o (and with none, keeps r's state). A former office ("Former
// Finnish President NAME, the UN envoy,") is no present state's: the
// body's role stands.
func (a *analysis) ownStateOffice(r, o role) bool {
	return o.orgKind == "intl" && r.explicit && r.country != "" && r.org == "" && !formerTitle(strings.ToLower(r.title)) && nationalOffices.has(r.head)
}
