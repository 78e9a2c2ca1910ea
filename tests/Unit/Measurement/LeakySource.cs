using System.Collections.Generic;

namespace DeepCopy.Tests.Measurement;

/// <summary>A value whose registered handler (<see cref="LeakyHandler"/>) "copies" it by returning it: a strategy sharing by mistake.</summary>
internal sealed class LeakySource
{
    public List<int> Items = new List<int> { 1, 2 };
}
