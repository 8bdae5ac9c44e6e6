import Foundation

/// The stream function on one station of ``SettlerObstacleLayout`` (see ``SettlerObstacle`` for the equations).
enum SettlerStationProfile: Sendable, Equatable {
    /// The undisturbed channel profile (plug or log law).
    case free
    /// All flux passes uniformly through low < y < high (a baffle's gap).
    case gap(low: Double, high: Double)
    /// Slots of width `width` centred at offset + k·pitch, all flux through them at the same velocity.
    case slots(pitch: Double, width: Double, offset: Double)
}

/// Obstacles of a settler channel turned into a sorted list of stream-function stations and the plates among
/// them (the reduced-order field of ``SettlerObstacle``). Built once per field; evaluated per particle and
/// step on the obstacle path of ``SettlerFlow``.
///
/// Stations per obstacle: a baffle is [x_b − ℓ: free, x_b: gap, x_b + ℓ: free]; a single perforated plate
/// [x_p − ℓ: free, x_p: slots, x_p + ℓ: free]; with an impingement plate [x_p − ℓ: free, x_p: slots,
/// x_p + S − δ: slots (straight jets up to here), x_p + S: staggered slots, x_p + S + ℓ: free]. Where the
/// approach regions of neighbouring obstacles meet, their free stations are dropped and the field interpolates
/// from plate to plate (labyrinths). Time step: in every interval Δt ≤ f · min(interval, feature)/speed
/// (feature g or W/2, speed the largest station velocity or |v|). Example: the jet stage of W = 4 mm,
/// U_j = 5 m/s with f = 0.05 needs Δt = 0.05 · 0.002/5 = 2e-5 s.
public struct SettlerObstacleLayout: Sendable, Equatable {
    /// Station positions (m), strictly increasing.
    let stations: [Double]
    let profiles: [SettlerStationProfile]
    /// Station indices that are plates (walls), in increasing x.
    let walls: [Int]
    let height: Double
    /// Mean velocity U (m/s); log-law scale u*/κ (m/s) and roughness y₀ (m), 0 for plug flow.
    let mean, logScale, roughness: Double

    /// Builds the layout; returns the problems instead when the obstacles do not fit the channel.
    static func make(obstacles: [SettlerObstacle], length: Double, height h: Double, mean: Double, logScale: Double,
                     roughness: Double) -> Result<SettlerObstacleLayout, SettlerObstacleProblems> {
        var problems: [String] = []
        // Core stations per obstacle (x, profile, is a wall) and the approach lengths on both sides.
        var groups: [(core: [(Double, SettlerStationProfile, Bool)], up: Double, down: Double)] = []
        for (k, o) in obstacles.sorted(by: { $0.position < $1.position }).enumerated() {
            let name = "obstacle \(k + 1)"
            switch o {
            case let .baffle(b):
                guard b.position > 0, b.position < length else {
                    problems.append("\(name): baffle position must be inside the channel (0, \(length)) m, got \(b.position) m")
                    continue
                }
                guard b.gap > 0, b.gap < h else {
                    problems.append("\(name): baffle gap must be in (0, h) = (0, \(h)) m, got \(b.gap) m")
                    continue
                }
                let l = b.approachLength ?? (h - b.gap)
                guard l > 0, l.isFinite else {
                    problems.append("\(name): baffle approach length must be positive, got \(l) m")
                    continue
                }
                let profile: SettlerStationProfile = b.orientation == .fromCeiling ? .gap(low: 0, high: b.gap)
                                                                                  : .gap(low: h - b.gap, high: h)
                groups.append(([(b.position, profile, true)], l, l))
            case let .perforatedPlate(p):
                guard p.position > 0, p.position < length else {
                    problems.append("\(name): perforated plate position must be inside the channel (0, \(length)) m, "
                                    + "got \(p.position) m")
                    continue
                }
                guard p.openAreaRatio > 0, p.openAreaRatio < 1 else {
                    problems.append("\(name): open-area ratio must be in (0, 1), got \(p.openAreaRatio)")
                    continue
                }
                guard p.holeWidth > 0, p.holeWidth < h else {
                    problems.append("\(name): slot width must be in (0, h) = (0, \(h)) m, got \(p.holeWidth) m")
                    continue
                }
                let n = Double(p.slotCount(channelHeight: h))
                let pitch = h / n, w = p.modelledHoleWidth(channelHeight: h)
                let holes = SettlerStationProfile.slots(pitch: pitch, width: w, offset: pitch / 2)
                let l = p.approachLength ?? (pitch - w) / 2
                guard l > 0, l.isFinite else {
                    problems.append("\(name): approach length must be positive, got \(l) m")
                    continue
                }
                guard let s = p.impingementSpacing else {
                    groups.append(([(p.position, holes, true)], l, l))
                    continue
                }
                guard p.openAreaRatio < 0.5 else {
                    problems.append("\(name): with an impingement plate the open-area ratio must be below 0.5 (its "
                                    + "staggered slots would overlap the jets), got \(p.openAreaRatio)")
                    continue
                }
                guard s > 0, p.position + s < length else {
                    problems.append("\(name): impingement spacing must be positive and keep the plate inside the "
                                    + "channel (x + S < \(length) m), got S = \(s) m")
                    continue
                }
                guard p.turningLengthRatio > 0, p.turningLengthRatio.isFinite else {
                    problems.append("\(name): turning length ratio must be positive, got \(p.turningLengthRatio)")
                    continue
                }
                let delta = Swift.min(p.turningLengthRatio * w / 2, s)
                let staggered = SettlerStationProfile.slots(pitch: pitch, width: w, offset: 0)
                var core: [(Double, SettlerStationProfile, Bool)] = [(p.position, holes, true)]
                if s - delta > 0 { core.append((p.position + s - delta, holes, false)) }
                core.append((p.position + s, staggered, true))
                groups.append((core, l, l))
            }
        }
        if let first = groups.first, first.core[0].0 - first.up < 0 {
            // The injection profile is the undisturbed one: the obstacle's field must not reach the inlet.
            problems.append("the first obstacle's approach region (\(first.up) m long) would start upstream of the "
                            + "inlet, at x = \(first.core[0].0 - first.up) m: place it at least \(first.up) m from "
                            + "the inlet or give a shorter approach length")
        }
        for k in groups.indices.dropFirst() where !(groups[k].core[0].0 > groups[k - 1].core.last!.0) {
            problems.append("obstacles overlap: a plate at x = \(groups[k].core[0].0) m is not behind the previous "
                            + "obstacle's last plate at x = \(groups[k - 1].core.last!.0) m")
        }
        guard problems.isEmpty, !groups.isEmpty else { return .failure(SettlerObstacleProblems(messages: problems)) }
        // Merge: a free station before, after and between obstacles whose approach regions do not meet.
        var x: [Double] = [], profiles: [SettlerStationProfile] = [], walls: [Int] = []
        for (k, g) in groups.enumerated() {
            let first = g.core[0].0
            if k == 0 || first - g.up > groups[k - 1].core.last!.0 + groups[k - 1].down {
                if k > 0 {
                    let previous = groups[k - 1]
                    x.append(previous.core.last!.0 + previous.down)
                    profiles.append(.free)
                }
                x.append(first - g.up)
                profiles.append(.free)
            }
            for (position, profile, wall) in g.core {
                if wall { walls.append(x.count) }
                x.append(position)
                profiles.append(profile)
            }
        }
        x.append(groups[groups.count - 1].core.last!.0 + groups[groups.count - 1].down)
        profiles.append(.free)
        return .success(SettlerObstacleLayout(stations: x, profiles: profiles, walls: walls, height: h, mean: mean,
                                              logScale: logScale, roughness: roughness))
    }

    /// ψ(y) (m²/s) and u = ψ′(y) (m/s) of a station profile.
    @inline(__always)
    func stream(_ profile: SettlerStationProfile, _ y: Double) -> (psi: Double, u: Double) {
        let y = Swift.min(Swift.max(y, 0), height)
        switch profile {
        case .free:
            guard roughness > 0 else { return (mean * y, mean) }
            guard y > roughness else { return (0, 0) }
            let l = Foundation.log(y / roughness)
            return (logScale * (y * l - y + roughness), logScale * l)
        case let .gap(low, high):
            let velocity = mean * height / (high - low)
            let inside = y > low && y < high
            return (velocity * (Swift.min(Swift.max(y - low, 0), high - low)), inside ? velocity : 0)
        case let .slots(pitch, width, offset):
            let velocity = mean * pitch / width
            let (open0, _) = Self.openLength(0, pitch: pitch, width: width, offset: offset)
            let (open, inHole) = Self.openLength(y, pitch: pitch, width: width, offset: offset)
            return (velocity * (open - open0), inHole ? velocity : 0)
        }
    }

    /// Open length of an infinite array of slots below y, from an arbitrary origin (differences are what
    /// count), and whether y is inside a slot. Double arithmetic only (no integer conversion of a NaN lane).
    @inline(__always)
    static func openLength(_ y: Double, pitch: Double, width: Double, offset: Double) -> (Double, Bool) {
        let shifted = y - offset + width / 2
        let cells = (shifted / pitch).rounded(.down)
        let r = shifted - cells * pitch
        return (cells * width + Swift.min(r, width), r < width)
    }

    /// True if a plate station is open (a gap or a slot) at height y.
    func isOpen(_ profile: SettlerStationProfile, _ y: Double) -> Bool {
        switch profile {
        case .free: return true
        case let .gap(low, high): return y >= low && y <= high
        case let .slots(pitch, width, offset): return Self.openLength(y, pitch: pitch, width: width, offset: offset).1
        }
    }

    /// Gas velocity (u, v) at (x, y) inside the obstacle region, nil outside it (or for a NaN lane).
    @inline(__always)
    func velocity(x: Double, y: Double) -> (u: Double, v: Double)? {
        guard let last = stations.last, x > stations[0], x < last else { return nil }
        var i = 0
        while i + 2 < stations.count && x >= stations[i + 1] { i += 1 }
        let x0 = stations[i], x1 = stations[i + 1]
        let t = (x - x0) / (x1 - x0)
        let s0 = stream(profiles[i], y), s1 = stream(profiles[i + 1], y)
        return ((1 - t) * s0.u + t * s1.u, -(s1.psi - s0.psi) / (x1 - x0))
    }

    /// The first plate whose solid part a step from `previousA` to `a` crosses (in the direction of travel),
    /// or nil: crossings through openings are passed over, so a step through a slot of one plate and onto the
    /// solid part of the next is still a contact with the second.
    func firstWallCrossed(previousA: Double, previousB: Double, a: Double, b: Double) -> (x: Double, solid: Bool)? {
        let forward = a >= previousA
        for j in walls.indices {
            let k = walls[forward ? j : walls.count - 1 - j]
            let xw = stations[k]
            guard (previousA < xw) != (a < xw) else { continue }
            let y = previousB + (b - previousB) * (xw - previousA) / (a - previousA)
            if !isOpen(profiles[k], y) { return (xw, true) }
        }
        return nil
    }

    /// Largest time step (s) that resolves the obstacle flow: in every interval between stations,
    /// Δt ≤ f · min(interval length, smallest feature)/largest velocity, with the feature a gap height g or a
    /// half slot width W/2 and the velocity the largest of the stations' u and the interval's |v|.
    func resolvingTimeStep(fraction f: Double) -> Double {
        var dt = Double.infinity
        for i in 0..<(stations.count - 1) {
            let p0 = profiles[i], p1 = profiles[i + 1], length = stations[i + 1] - stations[i]
            var heights = (0...512).map { Double($0) / 512 * height }
            heights += kinks(p0) + kinks(p1)
            var speed = 0.0
            for y in heights {
                let s0 = stream(p0, y), s1 = stream(p1, y)
                speed = Swift.max(speed, abs(s0.u), abs(s1.u), abs(s1.psi - s0.psi) / length)
            }
            let scale = p0 == p1 ? Swift.min(feature(p0), feature(p1))
                                 : Swift.min(length, feature(p0), feature(p1))
            if speed > 0 { dt = Swift.min(dt, f * scale / speed) }
        }
        return dt
    }

    private func feature(_ p: SettlerStationProfile) -> Double {
        switch p {
        case .free: return height
        case let .gap(low, high): return high - low
        case let .slots(_, width, _): return width / 2
        }
    }

    private func kinks(_ p: SettlerStationProfile) -> [Double] {
        switch p {
        case .free: return []
        case let .gap(low, high): return [low, high]
        case let .slots(pitch, width, offset):
            var ys: [Double] = []
            var c = offset - pitch
            while c < height + pitch {
                for e in [c - width / 2, c + width / 2] where e >= 0 && e <= height { ys.append(e) }
                c += pitch
            }
            return ys
        }
    }
}

/// Why obstacles could not be placed in a settler channel (messages name the obstacle and the offending value).
struct SettlerObstacleProblems: Error, Sendable {
    let messages: [String]
}
