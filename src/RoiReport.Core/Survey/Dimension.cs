namespace RoiReport.Core.Survey;

/// <summary>A column that peer groups can be cut by.</summary>
public enum Dimension
{
    Segment,
    Industry,
    Employees,
    Region,
}
