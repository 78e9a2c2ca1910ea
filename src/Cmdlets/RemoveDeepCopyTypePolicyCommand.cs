using System;
using System.Management.Automation;
using DeepCopy.Core.Engine;
using DeepCopy.Errors;
using DeepCopy.Policies;

namespace DeepCopy
{
    /// <summary>Remove-DeepCopyTypePolicy: drops default type policies from this runspace. <c>Get-DeepCopyTypePolicy | Remove-DeepCopyTypePolicy</c> drops them all.</summary>
    [Cmdlet(VerbsCommon.Remove, "DeepCopyTypePolicy", SupportsShouldProcess = true)]
    public sealed class RemoveDeepCopyTypePolicyCommand : PSCmdlet
    {
        /// <summary>The types whose policies are removed (exact types; a policy for a base type stays).</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public Type[] Type { get; set; } = Array.Empty<Type>();

        protected override void ProcessRecord()
        {
            foreach (var type in Type)
            {
                if (!ShouldProcess(TypeNames.Readable(type), "Remove the session's deep-copy type policy"))
                {
                    continue;
                }

                var removed = false;
                SessionTypePolicies.Update(current =>
                {
                    var builder = current.ToBuilder();
                    removed = builder.Remove(type);
                    return removed ? builder.Build() : current;
                });
                if (!removed)
                {
                    WriteError(PolicyErrors.TypePolicyNotFound(type, TypePolicyInfos.SameName(type, SessionTypePolicies.Current.Entries)));
                }
            }
        }
    }
}
