// DedustTrajectories — see Package.swift for this module's responsibility.
