using System;
using System.Management.Automation;
using DeepCopy.Core;
using DeepCopy.Core.Engine;
using DeepCopy.Errors;
using DeepCopy.Policies;

namespace DeepCopy
{
    /// <summary>Set-DeepCopyTypePolicy: makes a type policy the default for every copy in this runspace.</summary>
    [Cmdlet(VerbsCommon.Set, "DeepCopyTypePolicy", SupportsShouldProcess = true)]
    [OutputType(typeof(DeepCopyTypePolicyInfo))]
    public sealed class SetDeepCopyTypePolicyCommand : PSCmdlet
    {
        /// <summary>The types the policy is for; each one's subtypes follow it too.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public Type[] Type { get; set; } = Array.Empty<Type>();

        /// <summary>
        /// 'Copy', 'Share', 'Null', 'Throw', 'Clone', a script block that receives the source and returns its copy, or a
        /// Core TypePolicy; a copier script block, bare or inside a TypePolicy, must belong to this runspace.
        /// </summary>
        [Parameter(Mandatory = true, Position = 1)]
        [ValidateNotNull]
        public object Policy { get; set; } = null!;

        /// <summary>Writes the policies that were set.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord()
        {
            // Every type is checked before any is set, so an invalid one in -Type leaves the session as it was.
            var policies = new TypePolicy[Type.Length];
            for (var i = 0; i < Type.Length; i++)
            {
                try
                {
                    policies[i] = TypePolicyParser.ResolvePolicy(Policy, Type[i], SessionState);
                    TypePolicyParser.Set(TypePolicySet.CreateBuilder(), Type[i], policies[i]);
                }
                catch (InvalidTypePolicyException failure)
                {
                    ThrowTerminatingError(PolicyErrors.InvalidTypePolicy(failure));
                    return;
                }
            }

            for (var i = 0; i < Type.Length; i++)
            {
                var type = Type[i];
                var policy = policies[i];
                if (!ShouldProcess(TypeNames.Readable(type), "Set the session's deep-copy type policy to " + policy.Kind))
                {
                    continue;
                }

                SessionTypePolicies.Update(current => current.ToBuilder().Set(type, policy).Build());
                if (PassThru)
                {
                    WriteObject(TypePolicyInfos.From(type, policy, SessionTypePolicies.Current.Entries));
                }
            }
        }
    }
}
