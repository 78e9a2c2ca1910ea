using System;
using System.Management.Automation;

namespace DeepCopy.Tests.Support;

/// <summary>The PowerShell half of <see cref="StructuralComparer"/>: a PSObject is its base object, its own members and its type names.</summary>
internal sealed partial class StructuralComparer
{
    private void ComparePSObjects(PSObject source, PSObject copy, GraphPath path)
    {
        var sourceMembers = PSObjectView.OwnMembers(source);
        var copyMembers = PSObjectView.OwnMembers(copy);
        if (sourceMembers.Count != copyMembers.Count)
        {
            throw path.Failure(sourceMembers.Count + " members of its own became " + copyMembers.Count);
        }

        for (var i = sourceMembers.Count - 1; i >= 0; i--)
        {
            var expected = sourceMembers[i];
            var actual = copyMembers[i];
            var memberPath = path.Member(expected.Name);
            if (!string.Equals(expected.Name, actual.Name, StringComparison.Ordinal) || expected.GetType() != actual.GetType())
            {
                throw path.Failure("member #" + i + " was the " + expected.GetType().Name + " '" + expected.Name + "' and is the " +
                    actual.GetType().Name + " '" + actual.Name + "'");
            }

            if (ReferenceEquals(expected, actual))
            {
                throw memberPath.Failure("the copy holds the source's own member object, so changing one changes the other");
            }

            var expectedDefinition = PSObjectView.Definition(expected);
            var actualDefinition = PSObjectView.Definition(actual);
            for (var d = 0; d < expectedDefinition.Length; d++)
            {
                if (!Equals(expectedDefinition[d], actualDefinition[d]))
                {
                    throw memberPath.Failure("the member's definition changed");
                }
            }

            if (PSObjectView.TryGetNoteValue(expected, out var expectedValue) && PSObjectView.TryGetNoteValue(actual, out var actualValue))
            {
                Push(expectedValue, actualValue, memberPath);
            }
        }

        var sourceNames = PSObjectView.TypeNames(source);
        var copyNames = PSObjectView.TypeNames(copy);
        if (!string.Join("|", sourceNames).Equals(string.Join("|", copyNames), StringComparison.Ordinal))
        {
            throw path.Failure("the type names changed from " + string.Join(", ", sourceNames) + " to " + string.Join(", ", copyNames));
        }

        Push(source.ImmediateBaseObject, copy.ImmediateBaseObject, path.Member("psbase"));
    }
}
