using System;
using System.Globalization;
using System.Management.Automation;
using DeepCopy.Core.Engine;

namespace DeepCopy.Errors
{
    /// <summary>ErrorRecords for type policies and comparisons, with the same stable ids as every other module error.</summary>
    internal static class PolicyErrors
    {
        public static ErrorRecord InvalidTypePolicy(InvalidTypePolicyException failure)
        {
            var record = new ErrorRecord(failure, DeepCopyErrorId.InvalidTypePolicy.ToString(), ErrorCategory.InvalidArgument, failure.Target);
            record.ErrorDetails = new ErrorDetails(failure.Message)
            {
                RecommendedAction = failure.RecommendedAction ??
                    "Use a type (a [type], a full type name or an accelerator such as 'hashtable') as the key, and 'Copy', 'Share', 'Null', 'Throw', 'Clone' or a script block as the value.",
            };
            return record;
        }

        public static ErrorRecord TypePolicyNotFound(Type type)
        {
            var message = string.Format(CultureInfo.InvariantCulture, "This session has no type policy for [{0}].", TypeNames.Readable(type));
            var record = new ErrorRecord(new ArgumentException(message), DeepCopyErrorId.TypePolicyNotFound.ToString(), ErrorCategory.ObjectNotFound, type);
            record.ErrorDetails = new ErrorDetails(message)
            {
                RecommendedAction = "Get-DeepCopyTypePolicy lists this session's policies; remove one by the exact type it was set for (a policy on a base type covers derived types but is removed by the base type's name).",
            };
            return record;
        }

        public static ErrorRecord CompareFailed(Exception failure, object? target)
        {
            var record = new ErrorRecord(failure, DeepCopyErrorId.CompareFailed.ToString(), ErrorCategory.InvalidOperation, target);
            record.ErrorDetails = new ErrorDetails("The comparison could not finish: " + failure.Message);
            return record;
        }
    }
}
