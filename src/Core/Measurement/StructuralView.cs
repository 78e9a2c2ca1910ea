namespace DeepCopy.Core.Measurement
{
    /// <summary>
    /// Lets a layer that knows a type better (the PowerShell module for PSObject) say what "equal" means for it:
    /// returns a stand-in to compare instead of <paramref name="value"/>'s fields (for example a dictionary of its
    /// members), or null to compare <paramref name="value"/> as it is. Called for the source and the copy alike.
    /// </summary>
    public delegate object? StructuralView(object value);
}
