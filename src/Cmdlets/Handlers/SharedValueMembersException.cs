using System;
using System.Collections.Generic;
using DeepCopy.Core.Engine;

namespace DeepCopy.Handlers
{
    /// <summary>
    /// A wrapper with members of its own around a value the copy shares (a command or module object, a Type...):
    /// PowerShell keeps those members under the shared value, so the copy would share them with the source. The engine
    /// reports it as a handler failure with this inside; the module turns it into the MembersOnSharedValue error, whose
    /// recommended action names the members.
    /// </summary>
    internal sealed class SharedValueMembersException : NotSupportedException
    {
        public SharedValueMembersException(object sharedValue, IReadOnlyList<string> memberNames)
            : base(
                "it wraps a [" + TypeNames.Readable(sharedValue.GetType()) + "] that the copy shares with its source rather than copies, and " +
                "PowerShell keeps the wrapper's members (" + string.Join(", ", memberNames) + ") under that shared value, so the copy " +
                "would share them with the source.")
        {
            SharedValue = sharedValue;
            MemberNames = memberNames;
        }

        /// <summary>The wrapped value the copy shares.</summary>
        public object SharedValue { get; }

        /// <summary>The members of the wrapper that block its copy, in order.</summary>
        public IReadOnlyList<string> MemberNames { get; }

        /// <summary>What the user can do, naming the members.</summary>
        public string RecommendedAction =>
            "Remove those members before copying (" + RemoveCalls() + "), or copy the data into a [pscustomobject] that holds the value and " +
            "the members' values as properties (for example [pscustomobject]@{ Value = $x.PSObject.BaseObject; " + ExampleMember + " = $x." +
            ExampleMember + " }). If a Share type policy or -NonCopyableAction Reference is what makes the copy share the value, " +
            "let it copy the value instead, and the members come with that copy.";

        // The names are read while another runspace may remove them, so the list can come out empty.
        private string ExampleMember => MemberNames.Count > 0 ? Key(MemberNames[0]) : "Name";

        /// <summary>A member name as PowerShell reads it after a dot or as a hashtable key: bare when it is a plain word.</summary>
        private static string Key(string name)
        {
            foreach (var c in name)
            {
                if (!char.IsLetterOrDigit(c) && c != '_')
                {
                    return "'" + name.Replace("'", "''") + "'";
                }
            }

            return name;
        }

        private string RemoveCalls()
        {
            var calls = new List<string>();
            foreach (var name in MemberNames)
            {
                calls.Add("$x.PSObject.Members.Remove('" + name.Replace("'", "''") + "')");
            }

            return string.Join("; ", calls);
        }
    }
}
