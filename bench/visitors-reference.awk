# An independent count of evaluation §2's visitors in a combined log whose times are already local clock
# times of the output zone (as bench/Akutprognos.Weblogs.Bench writes them): prints hour,visitors, sorted.
# Only the rule's minimum crawler names are used, so a log with agents beyond them may differ from the tool.
BEGIN {
    FS = "\""
    split("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec", names, " ")
    for (i = 1; i <= 12; i++) month[names[i]] = sprintf("%02d", i)
    assets = "\\.(css|js|mjs|map|png|jpg|jpeg|gif|svg|ico|webp|avif|bmp|woff|woff2|ttf|otf|eot|mp3|mp4|webm)$"
    robots = "bot|crawl|spider|slurp|python-requests|curl|wget|go-http-client|java/|libwww|headlesschrome"
}
{
    split($1, head, " ")
    ip = head[1]
    t = substr($1, index($1, "[") + 1, 26)
    split($2, request, " ")
    split($3, tail, " ")
    status = tail[1] + 0
    if (request[1] != "GET" && request[1] != "POST") next
    if (status < 100 || status > 399) next
    path = request[2]
    q = index(path, "?"); if (q > 0) path = substr(path, 1, q - 1)
    if (tolower(path) ~ assets) next
    if (tolower($6) ~ robots) next
    hour = substr(t, 8, 4) "-" month[substr(t, 4, 3)] "-" substr(t, 1, 2) "T" substr(t, 13, 2) ":00:00" substr(t, 22, 3) ":" substr(t, 25, 2)
    key = hour SUBSEP ip SUBSEP $6
    if (!(key in seen)) { seen[key] = 1; visitors[hour]++ }
}
END { for (h in visitors) print h "," visitors[h] }
