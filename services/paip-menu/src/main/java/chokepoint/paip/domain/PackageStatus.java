package chokepoint.paip.domain;

/** Life of a package: proposed (not binding), imposed under (b), waived under (c). */
public enum PackageStatus { PROPOSED, IMPOSED, WAIVED }
