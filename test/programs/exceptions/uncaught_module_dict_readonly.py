# A module's __dict__ is a READONLY member: PyMember_SetOne's message.
import sys
m = type(sys)('m')
m.__dict__ = {}
