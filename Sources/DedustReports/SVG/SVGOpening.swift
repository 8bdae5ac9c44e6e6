/// The opening every chart's SVG starts with (``LineChart`` and ``BarChart``): the `<svg>` element (view box
/// and size `width` × `height`, `role="img"` with the title as accessible label, Helvetica 11), a white
/// background and the bold title centred at the top. The chart appends its body and `</svg>`.
///
///     svgOpening(width: 640, height: 380, title: "η")
///     // <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 380" width="640" height="380" … aria-label="η" …>
func svgOpening(width: Double, height: Double, title: String) -> String {
    var s = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(f(width)) \(f(height))\" width=\"\(f(width))\" height=\"\(f(height))\" role=\"img\" aria-label=\"\(title.xmlEscaped)\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"11\">\n"
    s += "<rect x=\"0\" y=\"0\" width=\"\(f(width))\" height=\"\(f(height))\" fill=\"#ffffff\"/>\n"
    s += "<text x=\"\(f(width / 2))\" y=\"18\" text-anchor=\"middle\" font-size=\"13\" font-weight=\"bold\">\(title.xmlEscaped)</text>\n"
    return s
}
