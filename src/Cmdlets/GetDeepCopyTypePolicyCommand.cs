using System;
using System.Management.Automation;
using DeepCopy.Policies;

namespace DeepCopy
{
    /// <summary>Get-DeepCopyTypePolicy: lists this runspace's default type policies, in the order they were set.</summary>
    [Cmdlet(VerbsCommon.Get, "DeepCopyTypePolicy")]
    [OutputType(typeof(DeepCopyTypePolicyInfo))]
    public sealed class GetDeepCopyTypePolicyCommand : PSCmdlet
    {
        /// <summary>Only the policies set for exactly these types.</summary>
        [Parameter(Position = 0)]
        [ValidateNotNullOrEmpty]
        public Type[]? Type { get; set; }

        protected override void EndProcessing()
        {
            var entries = SessionTypePolicies.Current.Entries;
            foreach (var entry in entries)
            {
                if (Type is null || Array.IndexOf(Type, entry.Key) >= 0)
                {
                    WriteObject(TypePolicyInfos.From(entry.Key, entry.Value, entries));
                }
            }
        }
    }
}
