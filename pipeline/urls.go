package pipeline

import (
	"net/url"
	"path/filepath"
	"sort"
	"strings"
)

// trackingParams are query parameters that name a campaign, not a page.
var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "dclid": true, "msclkid": true, "mc_cid": true, "mc_eid": true,
	"igshid": true, "yclid": true, "_ga": true, "_gl": true, "ref_src": true, "cmpid": true,
	"ocid": true, "ncid": true, "smid": true, "sr_share": true, "at_medium": true,
	"at_campaign": true, "CMP": true, "cmp": true, "soc_src": true, "soc_trk": true,
}

// CanonicalURL is the identity of an article's URL: the fragment and
// tracking parameters (utm_*, fbclid, gclid, ...) removed, the scheme and
// host lower-cased, the remaining parameters sorted. An unparsable URL is
// returned as it is.
func CanonicalURL(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" {
		return strings.TrimSpace(raw)
	}
	u.Fragment = ""
	u.RawFragment = ""
	u.Scheme = strings.ToLower(u.Scheme)
	u.Host = strings.ToLower(u.Host)
	if (u.Scheme == "http" && strings.HasSuffix(u.Host, ":80")) || (u.Scheme == "https" && strings.HasSuffix(u.Host, ":443")) {
		u.Host = u.Host[:strings.LastIndexByte(u.Host, ':')]
	}
	if u.RawQuery != "" {
		q := u.Query()
		for k := range q {
			if strings.HasPrefix(strings.ToLower(k), "utm_") || trackingParams[k] {
				q.Del(k)
			}
		}
		keys := make([]string, 0, len(q))
		for k := range q {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		var b strings.Builder
		for _, k := range keys {
			for _, v := range q[k] {
				if b.Len() > 0 {
					b.WriteByte('&')
				}
				b.WriteString(url.QueryEscape(k))
				b.WriteByte('=')
				b.WriteString(url.QueryEscape(v))
			}
		}
		u.RawQuery = b.String()
	}
	if u.Path == "" {
		u.Path = "/"
	}
	return u.String()
}

// isRemote reports an http(s) URL.
func isRemote(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

// resolveLink makes an item's link absolute: against the feed's URL, or for
// a local feed, as a file: URL against the feed file's folder (a link that
// is already a URL stays as it is).
func resolveLink(feedURL, link string) string {
	if link == "" || isRemote(link) {
		return link
	}
	if isRemote(feedURL) {
		if u, err := urlJoin(feedURL, link); err == nil {
			return u
		}
		return link
	}
	if u, err := url.Parse(link); err == nil && u.Scheme != "" && len(u.Scheme) > 1 {
		return link // file:, or a scheme we cannot fetch (reported when read)
	}
	path := filepath.FromSlash(link)
	if !filepath.IsAbs(path) {
		path = filepath.Join(filepath.Dir(feedURL), path)
	}
	return (&url.URL{Scheme: "file", Path: filepath.ToSlash(path)}).String()
}

// urlJoin resolves ref against base.
func urlJoin(base, ref string) (string, error) {
	b, err := url.Parse(base)
	if err != nil {
		return "", err
	}
	r, err := url.Parse(ref)
	if err != nil {
		return "", err
	}
	return b.ResolveReference(r).String(), nil
}
